// The map element a comment thread is about, found by its id in the map's markup (cards, stages, lanes and
// emotion points carry data-*-id), else by its comment badge; marked while the panel shows its threads.

import type { AnchorType } from './api';
import { anchorKey, type Anchor } from './model';

const ID_ATTRIBUTE: Readonly<Record<AnchorType, string | undefined>> = {
    MAP: undefined, STAGE: 'data-stage-id', LANE: 'data-lane-id', CARD: 'data-card-id', EMOTION: 'data-emotion-id',
};

/** The element a badge sits in: the one that says so, else its card, header or cell. */
function around(badge: HTMLElement): HTMLElement {
    return badge.closest<HTMLElement>('[data-jm-element], [data-card-id], [data-emotion-id], th, td, li') ?? badge.parentElement ?? badge;
}

export function elementFor(root: ParentNode, anchor: Anchor): HTMLElement | null {
    const attribute = ID_ATTRIBUTE[anchor.type];
    // Ids are numbers: nothing user-written reaches the selector.
    const byId = attribute && anchor.id !== null ? root.querySelector<HTMLElement>(`[${attribute}="${Math.trunc(anchor.id)}"]`) : null;
    if (byId) {
        return byId;
    }
    const badge = root.querySelector<HTMLElement>(`[data-anchor="${anchorKey(anchor)}"]`);
    return badge && around(badge);
}

/** Marks the anchor's element (class and data attribute) and scrolls it into view; returns the undo. */
export function markTarget(root: ParentNode, anchor: Anchor): () => void {
    const element = elementFor(root, anchor);
    if (element === null) {
        return () => undefined;
    }
    element.classList.add('jm-comment-target');
    element.dataset.commentTarget = anchorKey(anchor);
    element.scrollIntoView?.({ block: 'center', inline: 'center' });
    return () => {
        element.classList.remove('jm-comment-target');
        delete element.dataset.commentTarget;
    };
}
