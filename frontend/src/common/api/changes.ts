// /maps/{mapId}/changes: what changed after a revision, for live updates (410 = reload the map).

import { request } from '../http';

export type ElementType = 'MAP' | 'STAGE' | 'LANE' | 'CARD' | 'EMOTION' | 'PERSONA' | 'COMMENT' | 'ISSUE_LINK';

export interface ChangedElement {
    readonly type: ElementType;
    readonly id: number;
    /** The element as it is now; absent once deleted; for a reorder, the ids in their new order. */
    readonly now?: unknown;
}

export interface Change {
    readonly revision: number;
    readonly author: string;
    readonly at: string;
    /** The element type and what happened (CREATED, UPDATED, MOVED, DELETED, REORDERED), e.g. `CARD_MOVED`. */
    readonly op: string;
    readonly element: ChangedElement;
}

export interface ChangeFeed {
    readonly revision: number;
    /** More changes follow: ask again from `revision`. */
    readonly more?: boolean;
    readonly changes: readonly Change[];
}

export function getChanges(mapId: number, since: number): Promise<ChangeFeed> {
    return request('GET', `/maps/${mapId}/changes?since=${since}`);
}
