// Applies other people's changes (from the change feed) to the editor's store without touching what the user
// is doing: an element being edited, or holding values the server has not taken (error, conflict), keeps the
// user's values; the remote state waits in `deferred` and is applied once the element is free again. The user's
// own later save of such an element then carries the old version, so the server answers 409 and the existing
// conflict UI shows both versions.

import type { Card } from '../common/api/cards';
import type { Change, ChangeFeed } from '../common/api/changes';
import type { Emotion } from '../common/api/emotions';
import type { Lane } from '../common/api/lanes';
import type { Stage } from '../common/api/stages';
import { insertCard, removeCard } from '../editor/cells';
import { keyOf, type EditorStore, type Kind } from '../editor/store';

type Positioned = Stage | Lane;

const KINDS: Readonly<Record<string, Kind>> = { MAP: 'map', STAGE: 'stage', LANE: 'lane', CARD: 'card' };

interface Versioned {
    readonly id: number;
    readonly version: number;
}

/** Remote element states held back while their element was busy, by store key. */
export type Deferred = Map<string, { kind: Kind; id: number; now: Versioned | undefined }>;

/** Whether the element under `key` must keep the user's values: being edited, or unsaved (error, conflict). */
export function isHeld(store: EditorStore, key: string, editing: (key: string) => boolean): boolean {
    const status = store.saves.get(key)?.status;
    return editing(key) || status === 'saving' || status === 'error' || status === 'conflict';
}

/** Whether the feed rewrote the whole map (a version restored), so it is read again rather than merged. */
export function rewritesMap(feed: ChangeFeed): boolean {
    return feed.changes.some((change) => change.op === 'VERSION_RESTORED');
}

/** Applies the feed's changes in revision order, then whatever was deferred and is free now. */
export function applyFeed(store: EditorStore, feed: ChangeFeed, deferred: Deferred, editing: (key: string) => boolean): void {
    const before = store.map;
    for (const change of feed.changes) {
        applyChange(store, change, deferred, editing);
    }
    for (const [key, held] of [...deferred]) {
        if (!isHeld(store, key, editing)) {
            deferred.delete(key);
            putElement(store, held.kind, held.id, held.now);
        }
    }
    if (feed.revision > store.map.revision) {
        store.map = { ...store.map, revision: feed.revision };
    }
    // Polled every second: re-render only when something changed.
    if (store.map !== before) {
        store.changed();
    }
}

function applyChange(store: EditorStore, change: Change, deferred: Deferred, editing: (key: string) => boolean): void {
    const { type, id, now } = change.element;
    if (change.op.endsWith('_REORDERED')) {
        reorder(store, type, now as readonly number[]);
        return;
    }
    if (type === 'EMOTION') {
        putEmotion(store, id, now as Emotion | undefined);
        return;
    }
    const kind = KINDS[type];
    if (kind === undefined) {
        return; // comments, issue links, personas: not shown in the grid's elements
    }
    const key = keyOf(kind, id);
    if (isHeld(store, key, editing)) {
        deferred.set(key, { kind, id, now: now as Versioned | undefined });
        return;
    }
    deferred.delete(key);
    putElement(store, kind, id, now as Versioned | undefined);
}

/** Puts the element's remote state in the map: added, replaced if newer, or removed when it is gone. */
function putElement(store: EditorStore, kind: Kind, id: number, now: Versioned | undefined): void {
    const local = store.element(kind, id);
    if (now === undefined) {
        remove(store, kind, id);
    } else if (local === undefined) {
        add(store, kind, now);
    } else if (now.version > local.version) {
        store.setElement(kind, now);
    }
}

function add(store: EditorStore, kind: Kind, element: Versioned): void {
    const m = store.map;
    switch (kind) {
        case 'stage': store.map = { ...m, stages: inserted(m.stages, element as Stage) }; break;
        case 'lane': store.map = { ...m, lanes: inserted(m.lanes, element as Lane) }; break;
        case 'card': store.map = { ...m, cards: insertCard(m.cards, element as Card) }; break;
        case 'map': break; // the map itself always exists here
    }
}

function remove(store: EditorStore, kind: Kind, id: number): void {
    const m = store.map;
    switch (kind) {
        case 'stage':
            store.map = {
                ...m, stages: renumbered(m.stages.filter((s) => s.id !== id)),
                cards: m.cards.filter((c) => c.stageId !== id), emotions: m.emotions.filter((e) => e.stageId !== id),
            };
            break;
        case 'lane':
            store.map = { ...m, lanes: renumbered(m.lanes.filter((l) => l.id !== id)), cards: m.cards.filter((c) => c.laneId !== id) };
            break;
        case 'card': store.map = { ...m, cards: removeCard(m.cards, id) }; break;
        case 'map': return;
    }
    store.saves.delete(keyOf(kind, id));
}

function reorder(store: EditorStore, type: string, ids: readonly number[] | undefined): void {
    if (!Array.isArray(ids)) {
        return;
    }
    const m = store.map;
    const order = (list: readonly Positioned[]) => [...list]
        .sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id)).map((e, position) => ({ ...e, position }));
    if (type === 'STAGE') {
        store.map = { ...m, stages: order(m.stages) as Stage[] };
    } else if (type === 'LANE') {
        store.map = { ...m, lanes: order(m.lanes) as Lane[] };
    }
}

function putEmotion(store: EditorStore, id: number, now: Emotion | undefined): void {
    const others = store.map.emotions.filter((e) => e.id !== id);
    store.map = { ...store.map, emotions: now === undefined ? others : [...others, now] };
}

/** `list` with `element` at its position (clamped), the others after it shifted, as the server numbers them. */
function inserted<T extends Positioned>(list: readonly T[], element: T): T[] {
    const rest = [...list].sort((a, b) => a.position - b.position);
    rest.splice(Math.max(0, Math.min(element.position, rest.length)), 0, element);
    return renumbered(rest);
}

function renumbered<T extends Positioned>(list: readonly T[]): T[] {
    return list.map((e, position) => (e.position === position ? e : { ...e, position }));
}
