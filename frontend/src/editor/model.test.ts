import { describe, expect, it } from 'vitest';
import type { Card } from '../common/api/cards';
import { attributesOf, cardsIn, emotionOf, fieldsFor, keepAllowed, keyboardMoveTarget, moveIdTo, neighbourCell, orderAs, shiftId } from './model';

const card = (id: number, stageId: number, laneId: number, position: number, extra: Partial<Card> = {}): Card => ({
    id, stageId, laneId, position, text: `card ${id}`, version: 1, ...extra,
});

describe('lane type fields', () => {
    it('lets each lane type carry its own fields and evidence', () => {
        expect(fieldsFor('PAIN_POINTS')).toEqual(['severity', 'evidence']);
        expect(fieldsFor('TOUCHPOINTS')).toEqual(['channel', 'evidence']);
        expect(fieldsFor('OPPORTUNITIES')).toEqual(['status', 'ownerKey', 'impact', 'effort', 'evidence']);
        expect(fieldsFor('THOUGHTS')).toEqual(['evidence']);
    });

    it('keeps only what the target lane allows', () => {
        expect(keepAllowed({ severity: 'HIGH', evidence: 'ASSUMED', channel: 'WEB' }, 'TOUCHPOINTS'))
            .toEqual({ channel: 'WEB', evidence: 'ASSUMED' });
    });

    it('reads a card attributes without its identity', () => {
        expect(attributesOf(card(1, 1, 1, 0, { severity: 'LOW', issues: [] }))).toEqual({ severity: 'LOW' });
    });
});

describe('cells and order', () => {
    it('lists the cards of a cell by position', () => {
        const cards = [card(1, 1, 1, 2), card(2, 1, 1, 0), card(3, 2, 1, 0), card(4, 1, 2, 0)];
        expect(cardsIn(cards, 1, 1).map((c) => c.id)).toEqual([2, 1]);
    });

    it('shifts an id within bounds only', () => {
        expect(shiftId([1, 2, 3], 2, -1)).toEqual([2, 1, 3]);
        expect(shiftId([1, 2, 3], 3, 1)).toBeUndefined();
        expect(shiftId([1, 2, 3], 9, 1)).toBeUndefined();
        expect(moveIdTo([1, 2, 3], 1, 5)).toEqual([2, 3, 1]);
    });

    it('orders elements as the ids say and renumbers positions', () => {
        const stages = [{ id: 1, position: 0 }, { id: 2, position: 1 }, { id: 3, position: 2 }];
        expect(orderAs(stages, [3, 1, 2])).toEqual([{ id: 3, position: 0 }, { id: 1, position: 1 }, { id: 2, position: 2 }]);
    });

    it('finds the neighbouring cell or nothing off the grid', () => {
        expect(neighbourCell([10, 11], [20, 21], 10, 20, 1, 0)).toEqual({ stageId: 11, laneId: 20 });
        expect(neighbourCell([10, 11], [20, 21], 10, 20, 0, 1)).toEqual({ stageId: 10, laneId: 21 });
        expect(neighbourCell([10, 11], [20, 21], 10, 20, -1, 0)).toBeUndefined();
    });

    it('finds the map-wide point of a stage on a curve', () => {
        const emotions = [
            { id: 1, stageId: 5, curve: 'CURRENT' as const, score: 1, version: 1, personaId: 3 },
            { id: 2, stageId: 5, curve: 'CURRENT' as const, score: -1, version: 1, personaId: null },
        ];
        expect(emotionOf(emotions, 5, 'CURRENT')?.id).toBe(2);
        expect(emotionOf(emotions, 5, 'FUTURE')).toBeUndefined();
    });
});

describe('keyboardMoveTarget', () => {
    const cards = [card(1, 10, 20, 0), card(2, 10, 20, 1), card(3, 10, 20, 2), card(4, 10, 21, 0), card(5, 11, 20, 0)];
    const stages = [10, 11];
    const lanes = [20, 21];

    it('moves up and down inside the cell while it can', () => {
        expect(keyboardMoveTarget(cards, stages, lanes, cards[1], 0, -1)).toEqual({ stageId: 10, laneId: 20, position: 0 });
        expect(keyboardMoveTarget(cards, stages, lanes, cards[1], 0, 1)).toEqual({ stageId: 10, laneId: 20, position: 2 });
    });

    it('leaves the cell at its bottom for the top of the cell below, and at its top for the end of the cell above', () => {
        expect(keyboardMoveTarget(cards, stages, lanes, cards[2], 0, 1)).toEqual({ stageId: 10, laneId: 21, position: 0 });
        expect(keyboardMoveTarget(cards, stages, lanes, cards[3], 0, -1)).toEqual({ stageId: 10, laneId: 20, position: 3 });
    });

    it('goes sideways to the end of the next stage, and nowhere past the grid', () => {
        expect(keyboardMoveTarget(cards, stages, lanes, cards[0], 1, 0)).toEqual({ stageId: 11, laneId: 20, position: 1 });
        expect(keyboardMoveTarget(cards, stages, lanes, cards[0], 0, -1)).toBeUndefined();
        expect(keyboardMoveTarget(cards, stages, lanes, cards[4], 1, 0)).toBeUndefined();
    });
});
