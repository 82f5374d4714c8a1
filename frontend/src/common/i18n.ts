// Every user-visible text of the front end comes from the app's i18n properties (the same ones Java and
// Velocity read), loaded once per page for the user's locale from GET /i18n.

import { request } from './http';

/** Texts by key, as patterns: `{0}` is an argument, `''` a literal apostrophe (Java MessageFormat). */
export type Messages = Readonly<Record<string, string>>;

/** The texts of the user's locale. A missing key shows as the key itself, as in Confluence. */
export class I18n {
    constructor(private readonly messages: Messages) {}

    text(key: string, ...args: ReadonlyArray<string | number>): string {
        const pattern = this.messages[key];
        return pattern === undefined ? key : formatMessage(pattern, args);
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

/**
 * Formats a MessageFormat pattern the way Java does for plain arguments: `{n}` becomes argument n (left as
 * written when there is none), `''` an apostrophe, and text between single quotes is literal (`'{0}'`).
 */
export function formatMessage(pattern: string, args: ReadonlyArray<string | number>): string {
    let out = '';
    let quoted = false;
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === "'") {
            if (pattern[i + 1] === "'") {
                out += "'";
                i++;
            } else {
                quoted = !quoted;
            }
        } else if (c === '{' && !quoted) {
            const close = pattern.indexOf('}', i);
            const index = close < 0 ? NaN : Number(pattern.slice(i + 1, close));
            if (Number.isInteger(index) && index >= 0 && close > i + 1 && index < args.length) {
                out += String(args[index]);
                i = close;
            } else {
                out += c;
            }
        } else {
            out += c;
        }
    }
    return out;
}
