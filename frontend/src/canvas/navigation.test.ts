import { describe, expect, it } from 'vitest';
import { nextUnit } from './navigation';

// Stage headers (row 0), then a lane with two cards in column 1 and one in column 3, then a lane header only.
const units = [
    { row: 0, col: 1 }, { row: 0, col: 2 }, { row: 0, col: 3 },
    { row: 1, col: 0 }, { row: 1, col: 1 }, { row: 1, col: 1 }, { row: 1, col: 3 },
    { row: 2, col: 0 },
];

describe('grid navigation', () => {
    it('moves sideways to the next column that holds something', () => {
        expect(nextUnit(units, 4, 'ArrowRight')).toBe(6);
        expect(nextUnit(units, 6, 'ArrowLeft')).toBe(4);
        expect(nextUnit(units, 2, 'ArrowRight')).toBeUndefined();
    });

    it("goes down through a cell's cards before leaving it", () => {
        expect(nextUnit(units, 0, 'ArrowDown')).toBe(4);
        expect(nextUnit(units, 4, 'ArrowDown')).toBe(5);
        expect(nextUnit(units, 5, 'ArrowDown')).toBe(7);
        expect(nextUnit(units, 5, 'ArrowUp')).toBe(4);
        expect(nextUnit(units, 4, 'ArrowUp')).toBe(0);
    });

    it('goes to the nearest column of the next row', () => {
        expect(nextUnit(units, 1, 'ArrowDown')).toBe(4);
        expect(nextUnit(units, 7, 'ArrowUp')).toBe(3);
    });

    it('jumps to the ends of the row', () => {
        expect(nextUnit(units, 5, 'Home')).toBe(3);
        expect(nextUnit(units, 3, 'End')).toBe(6);
        expect(nextUnit(units, 3, 'x')).toBeUndefined();
    });
});
