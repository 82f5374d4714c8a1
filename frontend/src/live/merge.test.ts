import { describe, expect, it } from 'vitest';
import type { Card } from '../common/api/cards';
import type { Change, ChangeFeed } from '../common/api/changes';
import { fakeStore } from '../editor/testing';
import { applyFeed, rewritesMap, type Deferred } from './merge';

let revision = 1;
function change(type: Change['element']['type'], op: string, id: number, now?: unknown): Change {
    return { revision: ++revision, author: 'bob', at: '', op: `${type}_${op}`, element: { type, id, now } };
}
function feed(...changes: Change[]): ChangeFeed {
    return { revision: changes.at(-1)?.revision ?? revision, changes };
}
const card = (over: Partial<Card>): Card => ({ id: 30, stageId: 10, laneId: 21, position: 0, text: 'Slow site', version: 1, severity: 'HIGH', ...over });
const nobodyEditing = () => false;

describe('remote changes', () => {
    it('replace an element with its newer version and move the map to the feed revision', () => {
        const { store } = fakeStore();
        applyFeed(store, feed(change('CARD', 'UPDATED', 30, card({ text: 'Very slow', version: 2 }))), new Map(), nobodyEditing);
        expect(store.map.cards[0]).toMatchObject({ text: 'Very slow', version: 2 });
        expect(store.map.revision).toBe(revision);
    });

    it('never go back to an older version (the user saved a newer one meanwhile)', () => {
        const { store } = fakeStore();
        store.setElement('card', card({ text: 'Mine', version: 3 }));
        applyFeed(store, feed(change('CARD', 'UPDATED', 30, card({ text: 'Old', version: 2 }))), new Map(), nobodyEditing);
        expect(store.map.cards[0]?.text).toBe('Mine');
    });

    it('add created elements at their place and remove deleted ones with what they hold', () => {
        const { store } = fakeStore();
        applyFeed(store, feed(
            change('STAGE', 'CREATED', 12, { id: 12, name: 'Use', position: 1, version: 1 }),
            change('CARD', 'CREATED', 31, card({ id: 31, text: 'New', position: 0 })),
            change('LANE', 'DELETED', 20),
        ), new Map(), nobodyEditing);
        expect(store.map.stages.map((s) => [s.name, s.position])).toEqual([['Discover', 0], ['Use', 1], ['Buy', 2]]);
        expect(store.map.cards.map((c) => [c.id, c.position])).toEqual([[30, 1], [31, 0]]);
        expect(store.map.lanes.map((l) => l.id)).toEqual([21]);

        applyFeed(store, feed(change('STAGE', 'DELETED', 10)), new Map(), nobodyEditing);
        expect(store.map.cards).toEqual([]);
        expect(store.map.emotions).toEqual([]);
        expect(store.map.stages.map((s) => [s.id, s.position])).toEqual([[12, 0], [11, 1]]);
    });

    it('apply a reorder and a moved card', () => {
        const { store } = fakeStore();
        applyFeed(store, feed(
            change('STAGE', 'REORDERED', 1, [11, 10]),
            change('CARD', 'MOVED', 30, card({ stageId: 11, laneId: 20, version: 2 })),
        ), new Map(), nobodyEditing);
        expect(store.map.stages.map((s) => [s.id, s.position])).toEqual([[11, 0], [10, 1]]);
        expect(store.map.cards[0]).toMatchObject({ stageId: 11, laneId: 20, version: 2 });
    });

    it('leave an element being edited alone until it is free, so the user keeps their text', () => {
        const { store } = fakeStore();
        const deferred: Deferred = new Map();
        let editing = 'card:30';
        const theirs = card({ text: 'Theirs', version: 2 });
        applyFeed(store, feed(change('CARD', 'UPDATED', 30, theirs)), deferred, (key) => key === editing);
        expect(store.map.cards[0]).toMatchObject({ text: 'Slow site', version: 1 });

        editing = '';
        applyFeed(store, feed(), deferred, (key) => key === editing);
        expect(store.map.cards[0]).toMatchObject({ text: 'Theirs', version: 2 });
        expect(deferred.size).toBe(0);
    });

    it('let a save of an element changed remotely while being edited end in the conflict that shows both', async () => {
        const { store, server } = fakeStore();
        const theirs = card({ text: 'Theirs', version: 2 });
        server.cards.set(30, theirs);
        applyFeed(store, feed(change('CARD', 'UPDATED', 30, theirs)), new Map(), (key) => key === 'card:30');

        expect(await store.patch('card', store.refOf('card', 30), { text: 'Mine' }, 'edit')).toBe(false);
        expect(store.saves.get('card:30')).toMatchObject({ status: 'conflict', theirs: { text: 'Theirs' }, mine: { text: 'Mine' } });
    });

    it('keep the values of an element in conflict and apply the remote state once resolved', async () => {
        const { store, server } = fakeStore();
        server.cards.set(30, card({ text: 'Server', version: 4 }));
        await store.patch('card', store.refOf('card', 30), { text: 'Mine' }, 'edit');
        const deferred: Deferred = new Map();
        applyFeed(store, feed(change('CARD', 'UPDATED', 30, card({ text: 'Later', version: 5 }))), deferred, nobodyEditing);
        expect(store.map.cards[0]?.text).toBe('Mine');

        store.takeTheirs('card', 30);
        applyFeed(store, feed(), deferred, nobodyEditing);
        expect(store.map.cards[0]).toMatchObject({ text: 'Later', version: 5 });
    });

    it('update, add and remove emotion points and ignore what the grid does not show', () => {
        const { store } = fakeStore();
        const before = store.map;
        applyFeed(store, feed(change('COMMENT', 'CREATED', 7, { body: 'x' })), new Map(), nobodyEditing);
        expect(store.map.stages).toBe(before.stages);
        applyFeed(store, feed(
            change('EMOTION', 'UPDATED', 40, { id: 40, stageId: 10, curve: 'CURRENT', score: -2, version: 2 }),
            change('EMOTION', 'CREATED', 41, { id: 41, stageId: 11, curve: 'CURRENT', score: 2, version: 1 }),
        ), new Map(), nobodyEditing);
        expect(store.map.emotions.map((e) => [e.id, e.score])).toEqual([[40, -2], [41, 2]]);
    });

    it('re-render only when something changed', () => {
        const { store } = fakeStore();
        let renders = 0;
        store.subscribe(() => renders++);
        applyFeed(store, { revision: store.map.revision, changes: [] }, new Map(), nobodyEditing);
        expect(renders).toBe(0);
        applyFeed(store, feed(change('STAGE', 'UPDATED', 10, { id: 10, name: 'Look', position: 0, version: 2 })), new Map(), nobodyEditing);
        expect(renders).toBe(1);
    });
});

describe('a restored version', () => {
    const change = (op: string): Change => ({ revision: 9, author: 'bob', at: '2026-05-01T09:00:00Z', op,
        element: { type: 'CARD', id: 1 } });

    it('makes the editor read the map again instead of merging', () => {
        expect(rewritesMap({ revision: 9, changes: [change('CARD_UPDATED'), change('VERSION_RESTORED')] })).toBe(true);
        expect(rewritesMap({ revision: 9, changes: [change('CARD_UPDATED')] })).toBe(false);
    });
});
