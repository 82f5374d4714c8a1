import { describe, expect, it } from 'vitest';
import { fakeStore } from '../editor/testing';
import { issue } from './testing';

describe("the editor's cards and their Jira issues", () => {
    it('keep their issues when a saved edit comes back without them', async () => {
        const { store } = fakeStore();
        store.map = { ...store.map, cards: store.map.cards.map((c) => ({ ...c, issues: [issue('CX-1')] })) };
        const ok = await store.patch('card', store.refOf('card', 30), { text: 'Very slow site' }, 'Card text');
        expect(ok).toBe(true);
        expect(store.map.cards[0].text).toBe('Very slow site');
        expect(store.map.cards[0].issues?.map((i) => i.key)).toEqual(['CX-1']);
    });
});
