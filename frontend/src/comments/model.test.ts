import { describe, expect, it } from 'vitest';
import type { Comment, User } from './api';
import {
    bodyParts, commentsGoingWith, insertMention, mentionAt, openThreadCounts, threadsOf, visibleThreads,
} from './model';

const alice: User = { key: 'k-alice', name: 'alice', displayName: 'Alice Martin' };

let nextId = 1;
function comment(fields: Partial<Comment>): Comment {
    const id = fields.id ?? nextId++;
    return {
        id, anchorType: 'CARD', anchorId: 7, parentId: null, author: alice, body: 'text', mentions: [],
        resolved: false, createdAt: `2026-05-01T09:00:${String(id).padStart(2, '0')}Z`, editedAt: null, version: 1,
        ...fields,
    };
}

describe('threads', () => {
    it('groups replies under their thread, both in creation order', () => {
        const root = comment({ id: 1 });
        const other = comment({ id: 2, anchorType: 'MAP', anchorId: null });
        const reply = comment({ id: 3, parentId: 1 });
        const threads = threadsOf([reply, other, root]);
        expect(threads.map((t) => t.root.id)).toEqual([1, 2]);
        expect(threads[0].replies.map((r) => r.id)).toEqual([3]);
    });

    it('filters open or resolved threads, and one anchor', () => {
        const threads = threadsOf([comment({ id: 1 }), comment({ id: 2, resolved: true }),
            comment({ id: 3, anchorType: 'STAGE', anchorId: 4 })]);
        expect(visibleThreads(threads, 'open', null).map((t) => t.root.id)).toEqual([1, 3]);
        expect(visibleThreads(threads, 'resolved', null).map((t) => t.root.id)).toEqual([2]);
        expect(visibleThreads(threads, 'all', { type: 'CARD', id: 7 }).map((t) => t.root.id)).toEqual([1, 2]);
    });

    it('counts open threads per anchor, not replies or resolved threads', () => {
        const counts = openThreadCounts([comment({ id: 1 }), comment({ id: 2, parentId: 1 }),
            comment({ id: 3, resolved: true }), comment({ id: 4 }), comment({ id: 5, anchorType: 'MAP', anchorId: null })]);
        expect(counts.get('CARD:7')).toBe(2);
        expect(counts.get('MAP:')).toBe(1);
    });

    it('counts the comments that go with a deleted stage: its own, its cards\' and its emotion points\'', () => {
        const comments = [comment({ anchorType: 'STAGE', anchorId: 1 }), comment({ anchorType: 'CARD', anchorId: 7 }),
            comment({ anchorType: 'CARD', anchorId: 7, parentId: 1 }), comment({ anchorType: 'EMOTION', anchorId: 9 }),
            comment({ anchorType: 'STAGE', anchorId: 2 })];
        expect(commentsGoingWith(comments, { anchor: { type: 'STAGE', id: 1 }, cardIds: [7], emotionIds: [9] }))
            .toBe(4);
        expect(commentsGoingWith(comments, { anchor: { type: 'CARD', id: 8 } })).toBe(0);
    });
});

describe('mentions', () => {
    it('finds the name being typed before the caret, not inside an e-mail address', () => {
        expect(mentionAt('hello @al', 9)).toEqual({ start: 6, query: 'al' });
        expect(mentionAt('@', 1)).toEqual({ start: 0, query: '' });
        expect(mentionAt('mail bob@ex', 11)).toBeNull();
        expect(mentionAt('@al done', 8)).toBeNull();
    });

    it('inserts the chosen name with a space and puts the caret after it', () => {
        expect(insertMention('hi @al and', 3, 6, 'alice')).toEqual({ text: 'hi @alice  and', caret: 10 });
    });

    it('splits a body into text and known mentions; unknown names and markup stay text', () => {
        const parts = bodyParts('<b>@alice</b>, @nobody and @Alice.', [alice]);
        expect(parts).toEqual([{ text: '<b>' }, { user: alice }, { text: '</b>, @nobody and ' }, { user: alice },
            { text: '.' }]);
    });
});
