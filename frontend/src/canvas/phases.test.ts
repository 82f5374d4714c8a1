import { describe, expect, it } from 'vitest';
import { phaseGroups, stageTones } from './phases';

const stages = (...phases: Array<string | null>) => phases.map((phase) => ({ phase }));

describe('stage phases', () => {
    it('groups consecutive stages with the same phase, light to dark', () => {
        expect(phaseGroups(stages('Avant', 'Avant', 'Achat', 'Après', 'Après'))).toEqual([
            { name: 'Avant', start: 0, span: 2, tone: 1 },
            { name: 'Achat', start: 2, span: 1, tone: 2 },
            { name: 'Après', start: 3, span: 2, tone: 3 },
        ]);
    });

    it('starts a new group when a phase comes back after another one', () => {
        expect(phaseGroups(stages('A', 'B', 'A')).map((g) => g.span)).toEqual([1, 1, 1]);
    });

    it('has no phase row when no stage has a phase, and tones the stages by thirds of the journey', () => {
        expect(phaseGroups(stages(null, '', '  '))).toEqual([]);
        expect(stageTones(stages(null, null, null, null, null, null, null))).toEqual([1, 1, 1, 2, 2, 3, 3]);
    });

    it('gives each stage the tone of its phase', () => {
        expect(stageTones(stages('A', 'A', 'B', 'C', 'C'))).toEqual([1, 1, 2, 3, 3]);
    });
});
