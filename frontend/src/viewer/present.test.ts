import { describe, expect, it } from 'vitest';
import { presentAction } from './present';

describe('presentation keys', () => {
    it('moves between stages within the map', () => {
        expect(presentAction('ArrowRight', 0, 3)).toEqual({ go: 1 });
        expect(presentAction('ArrowRight', 2, 3)).toBeUndefined();
        expect(presentAction('ArrowLeft', 0, 3)).toBeUndefined();
        expect(presentAction('End', 0, 3)).toEqual({ go: 2 });
    });

    it('leaves, goes full screen and opens comments', () => {
        expect(presentAction('Escape', 1, 3)).toBe('close');
        expect(presentAction('f', 1, 3)).toBe('fullscreen');
        expect(presentAction('C', 1, 3)).toBe('comments');
        expect(presentAction('q', 1, 3)).toBeUndefined();
    });
});
