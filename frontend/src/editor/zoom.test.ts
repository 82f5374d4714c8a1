import { describe, expect, it } from 'vitest';
import { columnWidth, editorZoomIn, editorZoomOut, fitZoom } from './zoom';

describe('editor zoom', () => {
    it('stays within 50 and 150 %', () => {
        expect(editorZoomIn(1.5)).toBe(1.5);
        expect(editorZoomOut(0.5)).toBe(0.5);
        expect(editorZoomIn(1)).toBe(1.1);
    });

    it('fits the canvas into the room in 5 % steps, never above 100 %', () => {
        expect(fitZoom(1000, 1300)).toBe(0.75);
        expect(fitZoom(2000, 1300)).toBe(1);
        expect(fitZoom(300, 1300)).toBe(0.5);
        expect(fitZoom(0, 1300)).toBe(1);
    });

    it('shares the room among the stages, never below 150 px a column', () => {
        expect(columnWidth(1336, 8, 1)).toBe(150);
        expect(columnWidth(1344, 5, 1)).toBe(240);
        expect(columnWidth(1336, 5, 2)).toBe(150);
        expect(columnWidth(1336, 0, 1)).toBe(150);
    });
});
