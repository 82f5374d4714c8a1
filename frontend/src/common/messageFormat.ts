// Java MessageFormat for the browser: the properties files are shared with Java, so a pattern must come out
// the same on both sides. Supported: `{n}`, `{n,number[,integer|percent]}`, `{n,date|time[,short|medium|long|full]}`
// and `{n,choice,…}` (ChoiceFormat, whose chosen text is formatted again when it holds a `{`, as Java does).
// PropertiesTest keeps the properties files inside this subset.

export type MessageArg = string | number | Date;

/** Formats `pattern` for `locale`; a malformed placeholder or a missing argument is left as written. */
export function formatMessage(pattern: string, args: ReadonlyArray<MessageArg>, locale = 'en'): string {
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
            const close = closingBrace(pattern, i);
            const formatted = close < 0 ? undefined : placeholder(pattern.slice(i + 1, close), args, locale);
            if (formatted === undefined) {
                out += c;
            } else {
                out += formatted;
                i = close;
            }
        } else {
            out += c;
        }
    }
    return out;
}

/** The index of the `}` closing the placeholder opened at `open` (nested braces and quotes skipped), or -1. */
function closingBrace(pattern: string, open: number): number {
    let depth = 0;
    let quoted = false;
    for (let i = open + 1; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === "'") {
            quoted = !quoted;
        } else if (quoted) {
            continue;
        } else if (c === '{') {
            depth++;
        } else if (c === '}') {
            if (depth === 0) {
                return i;
            }
            depth--;
        }
    }
    return -1;
}

function placeholder(body: string, args: ReadonlyArray<MessageArg>, locale: string): string | undefined {
    const [indexText, typeText = '', ...rest] = splitTopLevel(body);
    if (!/^\d+$/.test(indexText)) {
        return undefined;
    }
    const index = Number(indexText);
    if (index >= args.length) {
        return `{${indexText}}`;
    }
    const arg = args[index];
    const type = typeText.trim().toLowerCase();
    const style = rest.join(',');
    switch (type) {
        case '':
            return plain(arg, locale);
        case 'number':
            return typeof arg === 'number' ? number(arg, style.trim().toLowerCase(), locale) : String(arg);
        case 'date':
        case 'time':
            return dateTime(arg, type, style.trim().toLowerCase(), locale);
        case 'choice': {
            const chosen = choose(style, Number(arg));
            return chosen.includes('{') ? formatMessage(chosen, args, locale) : chosen;
        }
        default:
            return undefined;
    }
}

/** Splits a placeholder body at its first two top-level commas (the style may hold commas, as in Java). */
function splitTopLevel(body: string): string[] {
    const parts = [''];
    let depth = 0;
    let quoted = false;
    for (const c of body) {
        if (c === "'") {
            quoted = !quoted;
        } else if (!quoted && c === '{') {
            depth++;
        } else if (!quoted && c === '}') {
            depth--;
        } else if (!quoted && depth === 0 && c === ',' && parts.length < 3) {
            parts.push('');
            continue;
        }
        parts[parts.length - 1] += c;
    }
    return parts;
}

function plain(arg: MessageArg, locale: string): string {
    if (typeof arg === 'number') {
        return new Intl.NumberFormat(locale).format(arg);
    }
    if (arg instanceof Date) {
        return new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short' }).format(arg);
    }
    return arg;
}

function number(value: number, style: string, locale: string): string {
    if (style === 'integer') {
        return new Intl.NumberFormat(locale, { maximumFractionDigits: 0, roundingMode: 'halfEven' } as Intl.NumberFormatOptions)
            .format(value);
    }
    if (style === 'percent') {
        return new Intl.NumberFormat(locale, { style: 'percent' }).format(value);
    }
    return new Intl.NumberFormat(locale).format(value);
}

type DateStyle = 'short' | 'medium' | 'long' | 'full';
const DATE_STYLES: ReadonlyArray<string> = ['short', 'medium', 'long', 'full'];

function dateTime(arg: MessageArg, type: 'date' | 'time', style: string, locale: string): string {
    if (typeof arg === 'string') {
        return arg;
    }
    const dateStyle = (DATE_STYLES.includes(style) ? style : 'medium') as DateStyle;
    const options: Intl.DateTimeFormatOptions = type === 'date' ? { dateStyle } : { timeStyle: dateStyle };
    return new Intl.DateTimeFormat(locale, options).format(arg);
}

interface Choice {
    readonly limit: number;
    /** `<`: the choice starts just above the limit; `#` (or `≤`): at the limit. */
    readonly above: boolean;
    readonly text: string;
}

/** Java ChoiceFormat: the text of the last limit not above `value` (the first one when all are above it). */
function choose(style: string, value: number): string {
    const choices = parseChoices(style);
    let chosen = choices[0];
    for (const choice of choices) {
        const reached = choice.above ? value > choice.limit : value >= choice.limit;
        if (!reached) {
            break;
        }
        chosen = choice;
    }
    return chosen?.text ?? '';
}

function parseChoices(style: string): Choice[] {
    const choices: Choice[] = [];
    let limitText = '';
    let text = '';
    let inText = false;
    let above = false;
    let quoted = false;
    const push = () => choices.push({ limit: limit(limitText), above, text });
    for (let i = 0; i < style.length; i++) {
        const c = style[i];
        if (c === "'") {
            if (style[i + 1] === "'") {
                text += "'";
                i++;
            } else {
                quoted = !quoted;
            }
        } else if (quoted) {
            if (inText) {
                text += c;
            } else {
                limitText += c;
            }
        } else if (!inText && (c === '#' || c === '<' || c === '\u2264')) {
            above = c === '<';
            inText = true;
        } else if (c === '|') {
            push();
            limitText = '';
            text = '';
            inText = false;
        } else if (inText) {
            text += c;
        } else {
            limitText += c;
        }
    }
    if (inText) {
        push();
    }
    return choices;
}

function limit(text: string): number {
    const trimmed = text.trim();
    if (trimmed === '\u221E') {
        return Infinity;
    }
    return trimmed === '-\u221E' ? -Infinity : Number(trimmed);
}
