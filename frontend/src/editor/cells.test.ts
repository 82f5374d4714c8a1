import { describe, expect, it } from 'vitest';
import type { Card } from '../common/api/cards';
import { insertCard, placeCard, removeCard, replaceCard } from './cells';

const card = (id: number, stageId: number, laneId: number, position: number): Card => ({
    id, stageId, laneId, position, text: String(id), version: 1,
});
const layout = (cards: readonly Card[]) => cards
    .map((c) => `${c.id}@${c.stageId}/${c.laneId}#${c.position}`).sort();

describe('cells', () => {
    const cards = [card(1, 1, 1, 0), card(2, 1, 1, 1), card(3, 1, 1, 2), card(4, 2, 1, 0)];

    it('inserts a card and shifts the ones after it', () => {
        expect(layout(insertCard(cards, card(5, 1, 1, 1)))).toEqual(['1@1/1#0', '2@1/1#2', '3@1/1#3', '4@2/1#0', '5@1/1#1']);
        expect(layout(insertCard(cards, card(6, 2, 1, 99)))).toContain('6@2/1#1');
    });

    it('closes the gap of a removed card', () => {
        expect(layout(removeCard(cards, 1))).toEqual(['2@1/1#0', '3@1/1#1', '4@2/1#0']);
    });

    it('moves a card to another cell and within its cell', () => {
        expect(layout(placeCard(cards, 2, 2, 1, 0))).toEqual(['1@1/1#0', '2@2/1#0', '3@1/1#1', '4@2/1#1']);
        expect(layout(placeCard(cards, 1, 1, 1, 2))).toEqual(['1@1/1#2', '2@1/1#0', '3@1/1#1', '4@2/1#0']);
    });

    it('takes the server card, moving it when its cell changed', () => {
        const saved = { ...card(1, 2, 1, 1), text: 'theirs', version: 4 };
        const after = replaceCard(cards, saved);
        expect(after.find((c) => c.id === 1)).toEqual(saved);
        expect(layout(after)).toEqual(['1@2/1#1', '2@1/1#0', '3@1/1#1', '4@2/1#0']);
    });
});
