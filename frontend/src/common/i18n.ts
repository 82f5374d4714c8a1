// Every user-visible text of the front end comes from the app's i18n properties (the same ones Java and
// Velocity read), loaded once per page for the user's locale from GET /i18n.

import { request } from './http';
import { formatMessage, type MessageArg } from './messageFormat';

export { formatMessage, type MessageArg } from './messageFormat';

/** Texts by key, as patterns: `{0}` is an argument, `''` a literal apostrophe (Java MessageFormat). */
export type Messages = Readonly<Record<string, string>>;

/** The entry of GET /i18n that names the user's locale (a BCP 47 tag) rather than a text. */
export const LOCALE_KEY = 'journeymaps.locale';

/**
 * The texts of the user's locale. A missing key shows as the key itself, as in Confluence. Numbers and dates,
 * in texts or alone, are formatted for the user's locale, as Java formats them in the server's views.
 */
export class I18n {
    readonly locale: string;

    constructor(private readonly messages: Messages) {
        this.locale = messages[LOCALE_KEY] ?? 'en';
    }

    text(key: string, ...args: ReadonlyArray<MessageArg>): string {
        const pattern = this.messages[key];
        return pattern === undefined ? key : formatMessage(pattern, args, this.locale);
    }

    /** A date and time such as "3 déc. 2026, 17:28" (an ISO string from the API, or a Date). */
    dateTime(value: string | Date): string {
        return new Intl.DateTimeFormat(this.locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value));
    }

    /** A date such as "3 déc. 2026". */
    date(value: string | Date): string {
        return new Intl.DateTimeFormat(this.locale, { dateStyle: 'medium' }).format(new Date(value));
    }

    /** A time of day such as "17:28". */
    time(value: string | Date): string {
        return new Intl.DateTimeFormat(this.locale, { timeStyle: 'short' }).format(new Date(value));
    }

    number(value: number): string {
        return new Intl.NumberFormat(this.locale).format(value);
    }

    has(key: string): boolean {
        return this.messages[key] !== undefined;
    }
}

let loading: Promise<I18n> | undefined;

/** The texts, fetched on the first call only (the viewer and editor may both ask). */
export function loadI18n(): Promise<I18n> {
    loading ??= request<Messages>('GET', '/i18n').then((messages) => new I18n(messages));
    loading.catch(() => {
        loading = undefined; // let a later call try again
    });
    return loading;
}
