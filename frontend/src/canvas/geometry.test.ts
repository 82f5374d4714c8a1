import { describe, expect, it } from 'vitest';
import { areaPath, labelPlacement, monotonePath, monotoneTangents, runs, scoreY, ZERO_Y } from './geometry';

describe('curve geometry', () => {
    it('puts +2 at the top of the plot and −2 at the bottom, 23 px apart, with 46 px for labels', () => {
        expect([2, 1, 0, -1, -2].map(scoreY)).toEqual([46, 69, 92, 115, 138]);
        expect(ZERO_Y).toBe(92);
    });

    it('flattens the tangent at a local extreme and on a plateau, so the curve never overshoots', () => {
        const points = [{ x: 50, y: 115 }, { x: 150, y: 46 }, { x: 250, y: 46 }, { x: 350, y: 138 }];
        const m = monotoneTangents(points);
        expect(m[1]).toBe(0);
        expect(m[2]).toBe(0);
    });

    it('limits the tangents (Fritsch–Carlson) where the data turns steeply', () => {
        const points = [{ x: 0, y: 0 }, { x: 1, y: 10 }, { x: 2, y: 10.1 }];
        const m = monotoneTangents(points);
        const d = 10;
        expect(m[0] ** 2 + m[1] ** 2).toBeLessThanOrEqual(9 * d * d + 1e-9);
        // Between the points, the control points stay within their y range.
        const path = monotonePath(points);
        const ys = [...path.matchAll(/[ ,](-?[\d.]+)(?=[ C]|$)/g)].map((n) => Number(n[1]));
        expect(Math.max(...ys)).toBeLessThanOrEqual(10.1);
    });

    it('closes the area on the zero line', () => {
        expect(areaPath([{ x: 50, y: 69 }, { x: 150, y: 115 }])).toMatch(/L150,92L50,92Z$/);
        expect(areaPath([{ x: 50, y: 69 }])).toBe('');
    });

    it('places labels above maxima, below minima and on the free side of a slope', () => {
        expect(labelPlacement(-1, 1, 0)).toBe('above');
        expect(labelPlacement(2, 2, 1)).toBe('above');
        expect(labelPlacement(undefined, -1, 0)).toBe('below');
        expect(labelPlacement(2, 1, undefined)).toBe('below');
        expect(labelPlacement(-1, 0, 1)).toBe('below-r');
        expect(labelPlacement(1, -1, -2)).toBe('below-l');
        expect(labelPlacement(undefined, 0, undefined)).toBe('above');
    });

    it('breaks the curve where a stage has no point', () => {
        expect(runs([{ column: 0 }, { column: 1 }, { column: 3 }]).map((r) => r.length)).toEqual([2, 1]);
    });
});
