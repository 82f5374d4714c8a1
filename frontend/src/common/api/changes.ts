// /maps/{mapId}/changes: what changed after a revision, for live updates (410 = reload the map).

import { request, restUrl } from '../http';

export type ElementType = 'MAP' | 'STAGE' | 'LANE' | 'CARD' | 'EMOTION' | 'PERSONA' | 'COMMENT' | 'ISSUE_LINK' | 'VERSION';

export interface ChangedElement {
    readonly type: ElementType;
    readonly id: number;
    /** The element as it is now; absent once deleted; for a reorder, the ids in their new order. */
    readonly now?: unknown;
}

export interface Change {
    readonly revision: number;
    readonly author: string;
    /** The author's name to show. */
    readonly authorName?: string | null;
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
    /** Who has the map open (live collaboration). */
    readonly presence?: readonly Presence[];
}

// ----- Live collaboration: presence

/** A user with the map open; `self` is the caller (in any of their tabs). */
export interface Presence {
    readonly userKey: string;
    readonly name: string;
    readonly editing: boolean;
    readonly self: boolean;
}

/** The open tab's heartbeat (about every 10 s); answers who is there. */
export function heartbeat(mapId: number, session: string, editing: boolean): Promise<Presence[]> {
    return request('PUT', `/maps/${mapId}/presence`, { session, editing });
}

/** The tab closes: said with a keep-alive request, which outlives the page (unlike a plain fetch). */
export function leave(mapId: number, session: string): void {
    void fetch(restUrl(`/maps/${mapId}/presence?session=${encodeURIComponent(session)}`), {
        method: 'DELETE',
        keepalive: true,
        credentials: 'same-origin',
        headers: { 'X-Atlassian-Token': 'no-check' },
    }).catch(() => undefined);
}

export function getChanges(mapId: number, since: number): Promise<ChangeFeed> {
    return request('GET', `/maps/${mapId}/changes?since=${since}`);
}
