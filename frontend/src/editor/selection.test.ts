import { describe, expect, it } from 'vitest';
import { canvasId, isSelected, stillThere } from './selection';
import { sampleMap } from './testing';

describe('selection', () => {
    it('is the element of that kind and id only', () => {
        expect(isSelected({ kind: 'card', id: 3 }, 'card', 3)).toBe(true);
        expect(isSelected({ kind: 'card', id: 3 }, 'stage', 3)).toBe(false);
        expect(isSelected(undefined, 'card', 3)).toBe(false);
    });

    it('goes away with its element', () => {
        const map = sampleMap();
        const card = map.cards[0]!;
        expect(stillThere({ kind: 'card', id: card.id }, map)).toEqual({ kind: 'card', id: card.id });
        expect(stillThere({ kind: 'card', id: card.id }, { ...map, cards: map.cards.slice(1) })).toBeUndefined();
        expect(stillThere({ kind: 'emotion', id: map.stages[0]!.id }, map)).toBeDefined();
    });

    it('names the canvas element focus returns to', () => {
        expect(canvasId({ kind: 'lane', id: 7 })).toBe('jm-canvas-lane-7');
    });
});
