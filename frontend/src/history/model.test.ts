import { describe, expect, it } from 'vitest';
import type { AlignedStage, ElementChange } from './api';
import { diffClass, groupByType, opParts, pathOf, plot } from './model';

const change = (type: ElementChange['type'], kind: ElementChange['change'], id: number): ElementChange =>
    ({ type, change: kind, id, label: `#${id}`, fields: [] });

describe('comparison display', () => {
    it('classes each kind of change', () => {
        expect(diffClass('ADDED')).toBe('jm-diff jm-diff-added');
        expect(diffClass('REMOVED')).toBe('jm-diff jm-diff-removed');
        expect(diffClass('CHANGED')).toBe('jm-diff jm-diff-changed');
    });

    it('groups changes by element type in order', () => {
        const groups = groupByType([change('STAGE', 'ADDED', 1), change('CARD', 'CHANGED', 2), change('STAGE', 'REMOVED', 3)]);
        expect(groups.map(([type, items]) => [type, items.map((c) => c.id)])).toEqual([['STAGE', [1, 3]], ['CARD', [2]]]);
    });
});

describe('overlaid curves', () => {
    const stages: AlignedStage[] = [
        { name: 'A', currentStageId: 1, futureStageId: 2, current: -2, future: 2 },
        { name: 'B', currentStageId: 3, futureStageId: null, current: 0, future: null },
        { name: 'C', currentStageId: null, futureStageId: 4, current: null, future: 1 },
    ];

    it('puts +2 at the top and −2 at the bottom, one step per stage', () => {
        const p = plot(stages);
        expect(p.width).toBe(24 * 2 + 3 * 120);
        expect(p.current[0]).toEqual({ x: 84, y: 136 });
        expect(p.future[0]).toEqual({ x: 84, y: 24 });
        expect(p.future[1]).toBeNull();
    });

    it('leaves a gap where a stage has no score', () => {
        const p = plot(stages);
        expect(pathOf(p.current)).toBe('M84.0,136.0 L204.0,80.0');
        expect(pathOf(p.future)).toBe('M84.0,24.0 M324.0,52.0');
    });
});

describe('recent changes', () => {
    it('split an op into its element type and kind, element types with an underscore included', () => {
        expect(opParts('CARD_UPDATED')).toEqual({ type: 'CARD', kind: 'UPDATED' });
        expect(opParts('ISSUE_LINK_CREATED')).toEqual({ type: 'ISSUE_LINK', kind: 'CREATED' });
        expect(opParts('VERSION_RESTORED')).toEqual({ type: 'VERSION', kind: 'RESTORED' });
    });
});
