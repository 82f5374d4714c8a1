import { describe, expect, it } from 'vitest';
import { mapRollup, progressOf, stageRollup } from './rollup';

const rollup = { resolved: 1, total: 3, stages: [{ stageId: 10, resolved: 1, total: 2 }, { stageId: 11, resolved: 0, total: 1 },
    { stageId: 12, resolved: 0, total: 0 }] };

describe('roll-up', () => {
    it("finds a stage's counts, and none for a stage without pain points or a map without roll-up", () => {
        expect(stageRollup(rollup, 10)).toEqual({ stageId: 10, resolved: 1, total: 2 });
        expect(stageRollup(rollup, 12)).toBeUndefined();
        expect(stageRollup(rollup, 99)).toBeUndefined();
        expect(stageRollup(undefined, 10)).toBeUndefined();
    });

    it('shows the map roll-up only when the map has pain points', () => {
        expect(mapRollup(rollup)).toBe(rollup);
        expect(mapRollup({ resolved: 0, total: 0, stages: [] })).toBeUndefined();
        expect(mapRollup(undefined)).toBeUndefined();
    });

    it('says how far along: none, some or all', () => {
        expect(progressOf({ resolved: 0, total: 2 })).toBe('none');
        expect(progressOf({ resolved: 1, total: 2 })).toBe('some');
        expect(progressOf({ resolved: 2, total: 2 })).toBe('all');
    });
});
