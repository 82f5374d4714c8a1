// Adding, deleting and reordering stages and lanes, each recorded for undo as compensating writes.
// Deleting a stage or lane takes its cards (and a stage its emotion points); undo re-creates them all.

import type { Card } from '../common/api/cards';
import type { Emotion, EmotionScore } from '../common/api/emotions';
import type { Lane, LaneType } from '../common/api/lanes';
import type { Stage } from '../common/api/stages';
import { attributesOf, orderAs } from './model';
import type { EditorStore, Ref } from './store';

type Axis = 'stage' | 'lane';

function listOf(store: EditorStore, axis: Axis): readonly (Stage | Lane)[] {
    return axis === 'stage' ? store.map.stages : store.map.lanes;
}

function setList(store: EditorStore, axis: Axis, items: readonly (Stage | Lane)[]): void {
    store.map = axis === 'stage' ? { ...store.map, stages: items as Stage[] } : { ...store.map, lanes: items as Lane[] };
    store.changed();
}

function insertAt<T extends { position: number }>(items: readonly T[], item: T): T[] {
    const list = [...items];
    list.splice(Math.min(item.position, list.length), 0, item);
    return list.map((x, position) => ({ ...x, position }));
}

async function create(store: EditorStore, axis: Axis, body: { name: string; type?: LaneType; description?: string | null; position?: number }): Promise<Stage | Lane | undefined> {
    const mapId = store.map.id;
    const payload = { ...body, description: body.description ?? undefined };
    const created = await store.run<Stage | Lane>(`${axis}s`, () => (axis === 'stage'
        ? store.api.createStage(mapId, payload)
        : store.api.createLane(mapId, { ...payload, type: body.type ?? 'TEXT' })));
    if (created !== undefined) {
        setList(store, axis, insertAt(listOf(store, axis), created));
    }
    return created;
}

/** Adds a stage or lane at the end; the undo deletes it again. */
export async function addElement(store: EditorStore, axis: Axis, name: string, type?: LaneType): Promise<number | undefined> {
    const created = await create(store, axis, { name, type, position: listOf(store, axis).length });
    if (created === undefined) {
        return undefined;
    }
    const ref = store.refOf(axis, created.id);
    let snapshot: Snapshot = { element: created, cards: [], emotions: [] };
    store.history.push({
        label: name,
        undo: async () => {
            const taken = await remove(store, axis, ref);
            snapshot = taken ?? snapshot;
            return taken !== undefined;
        },
        redo: () => restore(store, axis, ref, snapshot),
    });
    store.announce(store.i18n.text(`journeymaps.editor.${axis}.added`, name));
    return created.id;
}

interface Snapshot {
    readonly element: Stage | Lane;
    readonly cards: readonly Card[];
    readonly emotions: readonly Emotion[];
}

async function remove(store: EditorStore, axis: Axis, ref: Ref): Promise<Snapshot | undefined> {
    const element = listOf(store, axis).find((e) => e.id === ref.id);
    if (element === undefined) {
        return undefined;
    }
    const owned = (c: Card | Emotion) => (axis === 'stage' ? c.stageId === ref.id : 'laneId' in c && c.laneId === ref.id);
    const snapshot = { element, cards: store.map.cards.filter(owned), emotions: axis === 'stage' ? store.map.emotions.filter(owned) : [] };
    const mapId = store.map.id;
    const done = await store.run(`${axis}s`, () => (axis === 'stage' ? store.api.deleteStage(mapId, ref.id) : store.api.deleteLane(mapId, ref.id)).then(() => true));
    if (!done) {
        return undefined;
    }
    store.map = {
        ...store.map,
        cards: store.map.cards.filter((c) => !owned(c)),
        emotions: store.map.emotions.filter((e) => !owned(e)),
    };
    setList(store, axis, listOf(store, axis).filter((e) => e.id !== ref.id).map((e, position) => ({ ...e, position })));
    return snapshot;
}

/** Re-creates a deleted stage or lane with its cards and emotion points, re-pointing their refs. */
async function restore(store: EditorStore, axis: Axis, ref: Ref, snapshot: Snapshot): Promise<boolean> {
    const { element } = snapshot;
    const created = await create(store, axis, { ...element, type: 'type' in element ? element.type : undefined });
    if (created === undefined) {
        return false;
    }
    store.rebind(axis, ref, created.id);
    const mapId = store.map.id;
    for (const card of snapshot.cards) {
        const cardRef = store.refOf('card', card.id);
        const stageId = axis === 'stage' ? created.id : store.refOf('stage', card.stageId).id;
        const laneId = axis === 'lane' ? created.id : store.refOf('lane', card.laneId).id;
        const again = await store.run('cards', () => store.api.createCard(mapId, { ...attributesOf(card), stageId, laneId, text: card.text, position: card.position }));
        if (again !== undefined) {
            store.rebind('card', cardRef, again.id);
            store.map = { ...store.map, cards: [...store.map.cards, again] };
        }
    }
    for (const point of snapshot.emotions) {
        const again = await store.run(`emotion:${created.id}`, () => store.api.putEmotion(mapId, created.id, {
            curve: point.curve, personaId: point.personaId ?? undefined, score: point.score as EmotionScore, note: point.note ?? undefined,
        }));
        if (again !== undefined) {
            store.map = { ...store.map, emotions: [...store.map.emotions, again] };
        }
    }
    store.changed();
    return true;
}

/** Deletes a stage or lane with what it holds; the undo re-creates all of it. */
export async function deleteElement(store: EditorStore, axis: Axis, id: number): Promise<boolean> {
    const ref = store.refOf(axis, id);
    const snapshot = await remove(store, axis, ref);
    if (snapshot === undefined) {
        return false;
    }
    let last = snapshot;
    store.history.push({
        label: snapshot.element.name,
        undo: () => restore(store, axis, ref, last),
        redo: async () => {
            const taken = await remove(store, axis, ref);
            last = taken ?? last;
            return taken !== undefined;
        },
    });
    store.announce(store.i18n.text(`journeymaps.editor.${axis}.deleted`, snapshot.element.name));
    return true;
}

async function sendOrder(store: EditorStore, axis: Axis, ids: readonly number[]): Promise<boolean> {
    const before = listOf(store, axis);
    setList(store, axis, orderAs(before, ids));
    const mapId = store.map.id;
    const saved = await store.run<(Stage | Lane)[]>(`${axis}s`, () => (axis === 'stage' ? store.api.reorderStages(mapId, ids) : store.api.reorderLanes(mapId, ids)));
    setList(store, axis, saved ?? before);
    return saved !== undefined;
}

/** Puts a stage or lane in a new order (drag and drop or Alt+Arrow); announced, undoable. */
export async function reorder(store: EditorStore, axis: Axis, ids: readonly number[], movedId: number): Promise<boolean> {
    const previous = listOf(store, axis).map((e) => store.refOf(axis, e.id));
    const next = ids.map((id) => store.refOf(axis, id));
    const moved = listOf(store, axis).find((e) => e.id === movedId);
    const ok = await sendOrder(store, axis, ids);
    if (ok && moved !== undefined) {
        store.history.push({
            label: moved.name,
            undo: () => sendOrder(store, axis, previous.map((r) => r.id)),
            redo: () => sendOrder(store, axis, next.map((r) => r.id)),
        });
        store.announce(store.i18n.text(`journeymaps.editor.${axis}.moved`, moved.name, ids.indexOf(movedId) + 1, ids.length));
    }
    return ok;
}
