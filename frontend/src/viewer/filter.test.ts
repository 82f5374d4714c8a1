import { describe, expect, it } from 'vitest';
import { curveSeries } from './curve';
import { NO_FILTER, visibleLanes, visibleSeries } from './filter';
import { buildGrid } from './grid';
import { sampleMap } from './testdata';

const map = sampleMap();
const grid = buildGrid(map);
const series = curveSeries(grid.stages, map.emotions, map.personas);

describe('visibleLanes', () => {
    it('shows every lane without a filter', () => {
        expect(visibleLanes(grid.lanes, NO_FILTER)).toHaveLength(4);
    });

    it('shows only the lanes of the chosen type', () => {
        expect(visibleLanes(grid.lanes, { ...NO_FILTER, laneType: 'PAIN_POINTS' }).map((l) => l.lane.name))
            .toEqual(['Douleurs']);
        expect(visibleLanes(grid.lanes, { ...NO_FILTER, laneType: 'BACKSTAGE' })).toEqual([]);
    });
});

describe('visibleSeries', () => {
    it("keeps the chosen persona's curves and the curves that belong to no persona", () => {
        expect(visibleSeries(series, { ...NO_FILTER, personaId: 1 }).map((s) => s.key)).toEqual(['CURRENT:', 'FUTURE:1']);
        expect(visibleSeries(series, { ...NO_FILTER, personaId: 2 }).map((s) => s.key)).toEqual(['CURRENT:', 'CURRENT:2']);
        expect(visibleSeries(series, NO_FILTER)).toHaveLength(3);
    });
});
