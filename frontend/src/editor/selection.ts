// What the user has selected on the canvas: one card, stage, lane, emotion point (by stage) or the map itself.
// The side panel edits the selection; it goes away when the element does (deleted here or by someone else).

import type { JourneyMap } from '../common/api/maps';

export type SelectionKind = 'card' | 'stage' | 'lane' | 'emotion' | 'map';

export interface Selection {
    readonly kind: SelectionKind;
    /** The element's id; for an emotion point, its stage's id. */
    readonly id: number;
}

export function isSelected(selection: Selection | undefined, kind: SelectionKind, id: number): boolean {
    return selection !== undefined && selection.kind === kind && selection.id === id;
}

/** The selection if its element is still in the map, else nothing. */
export function stillThere(selection: Selection | undefined, map: JourneyMap): Selection | undefined {
    if (selection === undefined) {
        return undefined;
    }
    const ids: Record<SelectionKind, readonly number[]> = {
        card: map.cards.map((c) => c.id),
        stage: map.stages.map((s) => s.id),
        emotion: map.stages.map((s) => s.id),
        lane: map.lanes.map((l) => l.id),
        map: [map.id],
    };
    return ids[selection.kind].includes(selection.id) ? selection : undefined;
}

/** The DOM id of the canvas element a selection stands for (focus returns there when the panel closes). */
export function canvasId(selection: Selection): string {
    return `jm-canvas-${selection.kind}-${selection.id}`;
}
