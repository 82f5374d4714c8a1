// Cards: add, delete and move, each undoable. Text and attribute edits go through store.patch.

import type { Card } from '../common/api/cards';
import type { Lane } from '../common/api/lanes';
import { insertCard, removeCard } from './cells';
import { attributesOf, cardsIn, keepAllowed } from './model';
import type { EditorStore, Ref } from './store';

function laneOf(store: EditorStore, laneId: number): Lane | undefined {
    return store.map.lanes.find((l) => l.id === laneId);
}

async function createFrom(store: EditorStore, card: Omit<Card, 'id' | 'version'>): Promise<Card | undefined> {
    const mapId = store.map.id;
    const { stageId, laneId, text, position } = card;
    const created = await store.run('cards', () => store.api.createCard(mapId, { ...attributesOf(card as Card), stageId, laneId, text, position }));
    if (created !== undefined) {
        store.map = { ...store.map, cards: insertCard(store.map.cards, created) };
        store.changed();
    }
    return created;
}

async function remove(store: EditorStore, ref: Ref): Promise<Card | undefined> {
    const card = store.map.cards.find((c) => c.id === ref.id);
    if (card === undefined) {
        return undefined;
    }
    const done = await store.run(`card:${ref.id}`, () => store.api.deleteCard(store.map.id, ref.id).then(() => true));
    if (!done) {
        return undefined;
    }
    store.map = { ...store.map, cards: removeCard(store.map.cards, ref.id) };
    store.setSave(`card:${ref.id}`, undefined);
    return card;
}

async function recreate(store: EditorStore, ref: Ref, card: Card): Promise<boolean> {
    const again = await createFrom(store, {
        ...card, stageId: store.refOf('stage', card.stageId).id, laneId: store.refOf('lane', card.laneId).id,
    });
    if (again !== undefined) {
        store.rebind('card', ref, again.id);
    }
    return again !== undefined;
}

/** Adds a card at the end of a cell; the undo deletes it. Returns its id, to focus it for typing. */
export async function addCard(store: EditorStore, stageId: number, laneId: number, text: string): Promise<number | undefined> {
    const position = cardsIn(store.map.cards, stageId, laneId).length;
    const created = await createFrom(store, { stageId, laneId, text, position });
    if (created === undefined) {
        return undefined;
    }
    const ref = store.refOf('card', created.id);
    let last: Card = created;
    store.history.push({
        label: text,
        undo: async () => {
            const taken = await remove(store, ref);
            last = taken ?? last;
            return taken !== undefined;
        },
        redo: () => recreate(store, ref, last),
    });
    store.announce(store.i18n.text('journeymaps.editor.card.added', laneOf(store, laneId)?.name ?? ''));
    return created.id;
}

/** Deletes a card; the undo re-creates it where it was, with its text and attributes. */
export async function deleteCard(store: EditorStore, id: number): Promise<boolean> {
    const ref = store.refOf('card', id);
    const card = await remove(store, ref);
    if (card === undefined) {
        return false;
    }
    let last = card;
    store.history.push({
        label: card.text,
        undo: () => recreate(store, ref, last),
        redo: async () => {
            const taken = await remove(store, ref);
            last = taken ?? last;
            return taken !== undefined;
        },
    });
    store.announce(store.i18n.text('journeymaps.editor.card.deleted'));
    return true;
}

/**
 * Moves a card to index `position` of another (or the same) cell: a PATCH with the card's version. The
 * target lane may not allow all its attributes (the server drops them), so undo restores them too.
 */
export async function moveCard(store: EditorStore, id: number, stageId: number, laneId: number, position: number): Promise<boolean> {
    const card = store.map.cards.find((c) => c.id === id);
    const lane = laneOf(store, laneId);
    const stage = store.map.stages.find((s) => s.id === stageId);
    if (card === undefined || lane === undefined || stage === undefined) {
        return false;
    }
    const kept = keepAllowed(card, lane.type);
    const dropped = Object.fromEntries(Object.keys(attributesOf(card)).filter((k) => !(k in kept)).map((k) => [k, null]));
    const before = { stageId: card.stageId, laneId: card.laneId, position: card.position, ...attributesOf(card) };
    const ok = await store.patch('card', store.refOf('card', id), { stageId, laneId, position, ...dropped },
        store.i18n.text('journeymaps.editor.card.move'), true, before);
    if (ok) {
        store.announce(store.i18n.text('journeymaps.editor.card.moved', stage.name, lane.name, position + 1));
    }
    return ok;
}
