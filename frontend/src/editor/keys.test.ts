import { describe, expect, it } from 'vitest';
import { arrowOf, isAddCard, isRedo, isUndo, moveOf, nextCell } from './keys';

const key = (k: string, mods: Partial<{ altKey: boolean; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean }> = {}) => ({
    key: k, altKey: false, ctrlKey: false, metaKey: false, shiftKey: false, ...mods,
});

describe('keyboard shortcuts', () => {
    it('tells focus arrows from move arrows', () => {
        expect(arrowOf(key('ArrowLeft'))).toEqual({ dx: -1, dy: 0 });
        expect(arrowOf(key('ArrowLeft', { altKey: true }))).toBeUndefined();
        expect(moveOf(key('ArrowDown', { altKey: true }))).toEqual({ dx: 0, dy: 1 });
        expect(moveOf(key('ArrowDown'))).toBeUndefined();
        expect(moveOf(key('a', { altKey: true }))).toBeUndefined();
    });

    it('reads undo and redo with Ctrl or Cmd', () => {
        expect(isUndo(key('z', { ctrlKey: true }))).toBe(true);
        expect(isUndo(key('z', { metaKey: true }))).toBe(true);
        expect(isUndo(key('Z', { ctrlKey: true, shiftKey: true }))).toBe(false);
        expect(isRedo(key('Z', { ctrlKey: true, shiftKey: true }))).toBe(true);
        expect(isRedo(key('y', { ctrlKey: true }))).toBe(true);
        expect(isRedo(key('z', { ctrlKey: true }))).toBe(false);
        expect(isUndo(key('z'))).toBe(false);
    });

    it('adds a card with Enter or N only without modifiers', () => {
        expect(isAddCard(key('Enter'))).toBe(true);
        expect(isAddCard(key('n'))).toBe(true);
        expect(isAddCard(key('N'))).toBe(true);
        expect(isAddCard(key('n', { ctrlKey: true }))).toBe(false);
        expect(isAddCard(key('m'))).toBe(false);
    });

    it('keeps the focus inside the grid', () => {
        expect(nextCell(0, 0, { dx: -1, dy: 0 }, 3, 2)).toEqual([0, 0]);
        expect(nextCell(1, 0, { dx: 1, dy: 0 }, 3, 2)).toEqual([2, 0]);
        expect(nextCell(2, 1, { dx: 1, dy: 1 }, 3, 2)).toEqual([2, 1]);
    });
});
