// What the comment UI computes from the flat comment list: threads, open counts per anchor, the comments that go
// with a deleted element, @mention editing, and a body split into text and mention parts (never HTML).

import type { AnchorType, Comment, User } from './api';

/** An element comments hang on; `id` is null for the map itself. */
export interface Anchor {
    readonly type: AnchorType;
    readonly id: number | null;
}

export interface Thread {
    readonly root: Comment;
    readonly replies: readonly Comment[];
}

export type ThreadFilter = 'open' | 'resolved' | 'all';

export const MAP_ANCHOR: Anchor = { type: 'MAP', id: null };

export const anchorKey = (anchor: Anchor): string => `${anchor.type}:${anchor.id ?? ''}`;

const anchorOf = (comment: Comment): Anchor => ({ type: comment.anchorType, id: comment.anchorId });

/** Threads in creation order, each with its replies in creation order. */
export function threadsOf(comments: readonly Comment[]): Thread[] {
    const replies = new Map<number, Comment[]>();
    for (const comment of comments) {
        if (comment.parentId !== null) {
            replies.set(comment.parentId, [...(replies.get(comment.parentId) ?? []), comment]);
        }
    }
    const byTime = (a: Comment, b: Comment) => a.createdAt.localeCompare(b.createdAt) || a.id - b.id;
    return comments.filter((c) => c.parentId === null).sort(byTime)
        .map((root) => ({ root, replies: (replies.get(root.id) ?? []).sort(byTime) }));
}

/** The threads shown for a filter and, when given, one anchor. */
export function visibleThreads(threads: readonly Thread[], filter: ThreadFilter, anchor: Anchor | null): Thread[] {
    return threads.filter((t) => filter === 'all' || t.root.resolved === (filter === 'resolved'))
        .filter((t) => anchor === null || anchorKey(anchorOf(t.root)) === anchorKey(anchor));
}

/** Open (or, with `resolved`, resolved) threads per anchor key: what the badges show. */
export function openThreadCounts(comments: readonly Comment[], resolved = false): ReadonlyMap<string, number> {
    const counts = new Map<string, number>();
    for (const comment of comments) {
        if (comment.parentId === null && comment.resolved === resolved) {
            const key = anchorKey(anchorOf(comment));
            counts.set(key, (counts.get(key) ?? 0) + 1);
        }
    }
    return counts;
}

/** What a stage or lane deletion takes along: the element itself and its cards (and a stage's emotion points). */
export interface DeletedElement {
    readonly anchor: Anchor;
    readonly cardIds?: readonly number[];
    readonly emotionIds?: readonly number[];
}

/** How many comments (threads and replies) go when the element is deleted. */
export function commentsGoingWith(comments: readonly Comment[], deleted: DeletedElement): number {
    const keys = new Set([anchorKey(deleted.anchor),
        ...(deleted.cardIds ?? []).map((id) => anchorKey({ type: 'CARD', id })),
        ...(deleted.emotionIds ?? []).map((id) => anchorKey({ type: 'EMOTION', id }))]);
    return comments.filter((c) => keys.has(anchorKey(anchorOf(c)))).length;
}

/** The `@name` being typed just before the caret, if any: where it starts and what is typed after the `@`. */
export function mentionAt(text: string, caret: number): { start: number; query: string } | null {
    const match = /(^|[^\p{L}\p{N}._@-])@([\p{L}\p{N}._-]*)$/u.exec(text.slice(0, caret));
    if (!match) {
        return null;
    }
    return { start: caret - match[2].length - 1, query: match[2] };
}

/** The text with the mention being typed replaced by `@name ` and the caret after it. */
export function insertMention(text: string, start: number, caret: number, name: string): { text: string; caret: number } {
    const inserted = `@${name} `;
    return { text: text.slice(0, start) + inserted + text.slice(caret), caret: start + inserted.length };
}

/** A piece of a comment body: plain text, or a mention of a known user. */
export type BodyPart = { readonly text: string } | { readonly user: User };

/** Splits a body into text and the mentions the server resolved; unknown `@names` stay text. */
export function bodyParts(body: string, mentions: readonly User[]): BodyPart[] {
    const byName = new Map(mentions.flatMap((u) => (u.name ? [[u.name.toLowerCase(), u] as const] : [])));
    const parts: BodyPart[] = [];
    const pattern = /(^|[^\p{L}\p{N}._@-])@([\p{L}\p{N}._-]+)/gu;
    let last = 0;
    for (let match = pattern.exec(body); match; match = pattern.exec(body)) {
        const name = match[2].replace(/\.+$/, '');
        const user = byName.get(name.toLowerCase());
        if (!user) {
            continue;
        }
        const at = match.index + match[1].length;
        if (at > last) {
            parts.push({ text: body.slice(last, at) });
        }
        parts.push({ user });
        last = at + 1 + name.length;
        pattern.lastIndex = last;
    }
    if (last < body.length) {
        parts.push({ text: body.slice(last) });
    }
    return parts;
}
