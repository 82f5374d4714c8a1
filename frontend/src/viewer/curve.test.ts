import { describe, expect, it } from 'vitest';
import { curveSeries, levelKey, scoreY, viewBox } from './curve';
import { buildGrid } from './grid';
import { sampleMap } from './testdata';

describe('curveSeries', () => {
    const map = sampleMap();
    const stages = buildGrid(map).stages;
    const series = curveSeries(stages, map.emotions, map.personas);

    it('makes one series per curve and persona, current before future', () => {
        expect(series.map((s) => s.key)).toEqual(['CURRENT:', 'CURRENT:2', 'FUTURE:1']);
    });

    it('places points at the middle of their stage column, scores from bottom to top', () => {
        const current = series[0];
        expect(current.points.map((p) => [p.stage.name, p.x, p.y])).toEqual([['Recherche', 50, 30], ['Achat', 150, 90]]);
        expect(current.segments).toEqual(['50,30 150,90']);
        expect(current.points[0].note).toBe('Contente');
    });

    it('breaks the line where a stage has no score', () => {
        const future = series[2];
        expect(future.segments).toEqual(['50,50', '250,10']);
        expect(future.dashed).toBe(true);
    });

    it("colours a persona's series with the persona's colour, others by curve", () => {
        expect(series.map((s) => s.color)).toEqual(['#0052cc', '#FF5630', '#6554C0']);
        expect(series[1].persona?.name).toBe('Marc');
    });

    it('ignores points of stages not shown', () => {
        expect(curveSeries(stages.slice(0, 1), map.emotions, map.personas).flatMap((s) => s.points.map((p) => p.stage.id)))
            .toEqual([10, 10, 10]);
    });
});

describe('curve scale', () => {
    it('maps scores -2..2 into the 100 units of height and names their level', () => {
        expect([-2, -1, 0, 1, 2].map(scoreY)).toEqual([90, 70, 50, 30, 10]);
        expect([-2, 0, 1].map(levelKey)).toEqual(['minus2', 'zero', 'plus1']);
        expect(viewBox(3)).toBe('0 0 300 100');
        expect(viewBox(0)).toBe('0 0 100 100');
    });
});
