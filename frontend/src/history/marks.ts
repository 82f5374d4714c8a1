// A comparison drawn on the map: each added or changed card, stage and lane of the newer side is marked by its
// id (data-diff with its kind, data-diff-label with the kind in words), so the stylesheet outlines it and writes
// an icon and the word beside it: never colour alone.

import type { DiffKind, ElementChange } from './api';

const ID_ATTRIBUTE: Readonly<Partial<Record<ElementChange['type'], string>>> = {
    CARD: 'data-card-id', STAGE: 'data-stage-id', LANE: 'data-lane-id',
};

/** Marks the changed elements under `root`; returns how many it found, and the undo. */
export function markChanges(root: ParentNode, changes: readonly ElementChange[], word: (kind: DiffKind) => string):
        { readonly marked: number; readonly undo: () => void } {
    const elements: HTMLElement[] = [];
    for (const change of changes) {
        const attribute = ID_ATTRIBUTE[change.type];
        // Ids are numbers: nothing user-written reaches the selector.
        const element = attribute ? root.querySelector<HTMLElement>(`[${attribute}="${Math.trunc(change.id)}"]`) : null;
        if (element !== null) {
            element.dataset.diff = change.change.toLowerCase();
            element.dataset.diffLabel = word(change.change);
            elements.push(element);
        }
    }
    return {
        marked: elements.length,
        undo: () => elements.forEach((element) => {
            delete element.dataset.diff;
            delete element.dataset.diffLabel;
        }),
    };
}
