// What the user typed in a card's Jira dialog, kept per card while the editor is open: closing the dialog,
// a failure or a move of the card loses nothing. A create attempt keeps its request id across retries, so
// "Try again" after a timeout can never create a second Jira issue; a success starts a new attempt.

export interface CreateFields {
    readonly server: string;
    readonly project: string;
    readonly issueType: string;
    readonly summary: string;
    readonly description: string;
    readonly labels: string;
}

export interface Draft {
    readonly mode: 'create' | 'link';
    readonly create: CreateFields;
    readonly linkServer: string;
    readonly linkKey: string;
    /** The request id of the create attempt under way (kept until it succeeds). */
    readonly requestId: string | undefined;
}

/** Jira's summary field holds at most 255 characters; a card may hold more. */
export const SUMMARY_MAX = 255;

/** A random version-4 UUID, also where crypto.randomUUID is missing (pages served over plain http). */
export function newRequestId(crypto: Crypto = globalThis.crypto): string {
    if (typeof crypto.randomUUID === 'function') {
        return crypto.randomUUID();
    }
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A fresh draft: the summary is the card's text on one line, cut to Jira's limit. */
export function newDraft(cardText: string): Draft {
    const summary = cardText.replace(/\s+/g, ' ').trim().slice(0, SUMMARY_MAX);
    return {
        mode: 'create',
        create: { server: '', project: '', issueType: '', summary, description: '', labels: '' },
        linkServer: '',
        linkKey: '',
        requestId: undefined,
    };
}

/** The draft with the request id of its create attempt, made on the first try and kept for the retries. */
export function withAttempt(draft: Draft): Draft {
    return draft.requestId === undefined ? { ...draft, requestId: newRequestId() } : draft;
}

/** After a created issue: the same choices of server, project and type, a new attempt, the card's text again. */
export function afterCreated(draft: Draft, cardText: string): Draft {
    const fresh = newDraft(cardText);
    const { server, project, issueType } = draft.create;
    return { ...draft, create: { ...fresh.create, server, project, issueType }, requestId: undefined };
}

/** Labels as Jira takes them: separated by spaces or commas, each once. */
export function parseLabels(text: string): string[] {
    return [...new Set(text.split(/[\s,]+/).filter((label) => label !== ''))];
}

/** An issue key as typed (any case, spaces around) in Jira's form (`CX-12`), or undefined if it is not one. */
export function normaliseKey(text: string): string | undefined {
    const key = text.trim().toUpperCase();
    return /^[A-Z][A-Z0-9_]*-[1-9][0-9]*$/.test(key) ? key : undefined;
}

const drafts = new Map<number, Draft>();

/** The card's draft (a new one on the first open). */
export function draftOf(cardId: number, cardText: string): Draft {
    return drafts.get(cardId) ?? newDraft(cardText);
}

export function saveDraft(cardId: number, draft: Draft): void {
    drafts.set(cardId, draft);
}
