import { describe, expect, it } from 'vitest';
import { columnWidth, fitZoom, overflows } from './layout';

describe('canvas layout', () => {
    it('shares the width left of the lane header between the stages', () => {
        expect(columnWidth(1158, 8)).toBeCloseTo(129.5);
        expect(overflows(1158, 8)).toBe(false);
    });

    it('stops at 120 px per stage and scrolls instead of squeezing', () => {
        expect(columnWidth(800, 8)).toBe(120);
        expect(overflows(800, 8)).toBe(true);
    });

    it('counts the zoom: at 125 % the same width holds fewer pixels per stage', () => {
        expect(overflows(1158, 8, 1.25)).toBe(true);
        expect(columnWidth(1158, 4, 2)).toBe(120);
    });

    it('fits with the largest zoom level at most 100 % that needs no scrolling', () => {
        expect(fitZoom(1158, 8)).toBe(1);
        expect(fitZoom(800, 8)).toBe(0.67);
        expect(fitZoom(100, 30)).toBe(0.5);
    });
});
