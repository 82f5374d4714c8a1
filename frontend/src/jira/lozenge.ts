// How a linked issue looks: Jira's lozenge colour for its status category, and the address of the issue
// (only an http(s) address becomes a link: the value comes from a remote server).

import type { IssueLink } from '../common/api/jira';

export type Tone = 'new' | 'indeterminate' | 'done' | 'unknown';

/** Jira's colour scheme by status category: blue-grey to do, blue in progress, green done. */
export function toneOf(statusCategory: string | null | undefined): Tone {
    switch ((statusCategory ?? '').toUpperCase()) {
        case 'NEW': return 'new';
        case 'INDETERMINATE': return 'indeterminate';
        case 'DONE': return 'done';
        default: return 'unknown';
    }
}

/** `url` when it is an absolute http(s) address, else undefined (never a `javascript:` link). */
export function safeUrl(url: string | null | undefined): string | undefined {
    if (!url) {
        return undefined;
    }
    try {
        const parsed = new URL(url);
        return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
    } catch {
        return undefined;
    }
}

/** Whether any card of the map has a linked issue (only then is a status refresh worth a request). */
export function hasLinkedIssues(cards: ReadonlyArray<{ readonly issues?: readonly IssueLink[] }>): boolean {
    return cards.some((card) => (card.issues ?? []).length > 0);
}

/** When Jira was last read for these cards' issues (the latest read of any link), or undefined if never. */
export function lastSyncedAt(cards: ReadonlyArray<{ readonly issues?: readonly IssueLink[] }>): string | undefined {
    const times = cards.flatMap((card) => card.issues ?? []).map((issue) => issue.syncedAt)
        .filter((at): at is string => typeof at === 'string' && at !== '');
    return times.length === 0 ? undefined : times.reduce((a, b) => (Date.parse(a) >= Date.parse(b) ? a : b));
}
