import { describe, expect, it } from 'vitest';
import { buildGrid, laneTypesOf } from './grid';
import { sampleMap } from './testdata';

describe('buildGrid', () => {
    const grid = buildGrid(sampleMap());

    it('orders stages and lanes by position', () => {
        expect(grid.stages.map((s) => s.name)).toEqual(['Recherche', 'Achat', 'Livraison']);
        expect(grid.lanes.map((l) => l.lane.name)).toEqual(['Actions', 'Émotions', 'Douleurs', 'Canaux']);
    });

    it('puts each card in its lane × stage cell, in position order', () => {
        const actions = grid.lanes[0];
        expect(actions.cells.map((cell) => cell.map((c) => c.text))).toEqual([[], ['Remplit le panier', 'Paie'], []]);
        expect(grid.lanes[3].cells[0].map((c) => c.id)).toEqual([33]);
    });

    it('drops cards of stages the map no longer has', () => {
        const all = grid.lanes.flatMap((l) => l.cells.flat()).map((c) => c.id);
        expect(all).not.toContain(34);
        expect(all).toHaveLength(4);
    });

    it('knows which lanes have cards', () => {
        expect(grid.lanes.map((l) => l.hasCards)).toEqual([true, false, true, true]);
    });

    it('keeps only the lane types the page author chose', () => {
        const chosen = buildGrid(sampleMap(), new Set(['PAIN_POINTS', 'EMOTIONS'] as const));
        expect(chosen.lanes.map((l) => l.lane.type)).toEqual(['EMOTIONS', 'PAIN_POINTS']);
        expect(chosen.stages).toHaveLength(3);
    });

    it('lists the lane types present, each once, in lane order', () => {
        const map = sampleMap();
        const twice = buildGrid({ ...map, lanes: [...map.lanes, { id: 24, name: 'More', type: 'ACTIONS', position: 9, version: 1 }] });
        expect(laneTypesOf(twice)).toEqual(['ACTIONS', 'EMOTIONS', 'PAIN_POINTS', 'TOUCHPOINTS']);
    });

    it('lays out an empty map', () => {
        const empty = buildGrid(sampleMap({ stages: [], lanes: [], cards: [] }));
        expect(empty).toEqual({ stages: [], lanes: [] });
    });
});
