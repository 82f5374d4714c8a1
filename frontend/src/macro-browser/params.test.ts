import { describe, expect, it } from 'vitest';
import { readParams, writeParams } from './params';

describe('readParams', () => {
    it('reads the map id, the lane types in lane order and compact mode', () => {
        expect(readParams({ mapId: ' 12 ', lanes: 'pain-points, ACTIONS bogus', compact: 'TRUE' })).toEqual({
            mapId: 12,
            lanes: ['ACTIONS', 'PAIN_POINTS'],
            compact: true,
        });
    });

    it('gives no map for a missing, zero, negative or non-numeric id', () => {
        for (const mapId of [undefined, '', '0', '-3', '4.5', 'abc']) {
            expect(readParams(mapId === undefined ? {} : { mapId }).mapId).toBeUndefined();
        }
    });

    it('treats absent parameters as a new macro: no map, all lanes, not compact', () => {
        expect(readParams(undefined)).toEqual({ mapId: undefined, lanes: [], compact: false });
    });
});

describe('writeParams', () => {
    it('writes only what differs from the defaults', () => {
        expect(writeParams({ mapId: 7, lanes: [], compact: false })).toEqual({ mapId: '7' });
    });

    it('writes the chosen lanes in lane order and compact mode', () => {
        expect(writeParams({ mapId: 7, lanes: ['OPPORTUNITIES', 'ACTIONS'], compact: true }))
            .toEqual({ mapId: '7', lanes: 'ACTIONS,OPPORTUNITIES', compact: 'true' });
    });

    it('leaves lanes out when every lane type is chosen', () => {
        const all = readParams({ lanes: 'actions touchpoints channels thoughts emotions pain_points opportunities backstage text' });
        expect(all.lanes).toHaveLength(9);
        expect(writeParams({ ...all, mapId: 1 })).toEqual({ mapId: '1' });
    });

    it('round-trips through readParams', () => {
        const params = { mapId: '3', lanes: 'THOUGHTS,BACKSTAGE', compact: 'true' };
        expect(writeParams({ ...readParams(params), mapId: 3 })).toEqual(params);
    });
});
