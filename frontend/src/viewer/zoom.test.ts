import { describe, expect, it } from 'vitest';
import { canZoomIn, canZoomOut, DEFAULT_ZOOM, zoomForKey, zoomIn, zoomOut, zoomPercent } from './zoom';

describe('zoom', () => {
    it('steps up and down through the levels', () => {
        expect(zoomIn(DEFAULT_ZOOM)).toBe(1.1);
        expect(zoomOut(DEFAULT_ZOOM)).toBe(0.9);
        expect(zoomOut(zoomIn(DEFAULT_ZOOM))).toBe(DEFAULT_ZOOM);
    });

    it('stops at both ends', () => {
        expect(zoomIn(2)).toBe(2);
        expect(canZoomIn(2)).toBe(false);
        expect(zoomOut(0.5)).toBe(0.5);
        expect(canZoomOut(0.5)).toBe(false);
        expect(canZoomIn(DEFAULT_ZOOM) && canZoomOut(DEFAULT_ZOOM)).toBe(true);
    });

    it('snaps a value between levels to the next level', () => {
        expect(zoomIn(1.05)).toBe(1.1);
        expect(zoomOut(1.05)).toBe(1);
    });

    it('answers the zoom keys and ignores others', () => {
        expect(zoomForKey('+', 1)).toBe(1.1);
        expect(zoomForKey('=', 1)).toBe(1.1);
        expect(zoomForKey('-', 1)).toBe(0.9);
        expect(zoomForKey('0', 1.5)).toBe(DEFAULT_ZOOM);
        expect(zoomForKey('a', 1)).toBeUndefined();
    });

    it('shows the zoom as a whole percentage', () => {
        expect(zoomPercent(0.67)).toBe(67);
        expect(zoomPercent(1.25)).toBe(125);
    });
});
