// The emotion curve's points (PUT per stage) and the map's personas (PATCH personaIds), both undoable.

import type { EmotionScore } from '../common/api/emotions';
import type { JourneyState } from '../common/api/maps';
import type { NewPersona, Persona } from '../common/api/personas';
import { ApiError } from '../common/http';
import { emotionOf } from './model';
import type { EditorStore, Ref } from './store';

export function emotionKey(stageId: number): string {
    return `emotion:${stageId}`;
}

/**
 * Sets a stage's score and note on a curve. A stale point (409) keeps the user's value beside the server's,
 * like any element. Undo puts the previous score back, or clears the point when it was the first.
 */
export async function setEmotion(store: EditorStore, stageRef: Ref, curve: JourneyState, score: EmotionScore, note: string,
    record = true): Promise<boolean> {
    const stageId = stageRef.id;
    const previous = emotionOf(store.map.emotions, stageId, curve);
    const key = emotionKey(stageId);
    const optimistic = { id: previous?.id ?? -stageId, stageId, curve, score, note, version: previous?.version ?? 0, personaId: null };
    const others = store.map.emotions.filter((e) => e !== previous);
    store.map = { ...store.map, emotions: [...others, optimistic] };
    store.setSave(key, { status: 'saving' });
    try {
        const saved = await store.api.putEmotion(store.map.id, stageId, { curve, score, note, version: previous?.version });
        store.map = { ...store.map, emotions: [...store.map.emotions.filter((e) => e !== optimistic), saved] };
        store.setSave(key, { status: 'saved' });
    } catch (e) {
        const error = e instanceof ApiError ? e : new ApiError(0, String(e));
        const theirs = error.status === 409 && typeof error.current === 'object' && error.current !== null
            ? error.current as Record<string, unknown> : undefined;
        store.setSave(key, {
            status: theirs === undefined ? 'error' : 'conflict', message: error.message, fieldErrors: error.fieldErrors,
            theirs, mine: { score, note },
        });
        if (theirs !== undefined) {
            // Their version is the base of a "keep mine"; the user's value stays on screen.
            store.map = { ...store.map, emotions: store.map.emotions.map((p) => (p === optimistic ? { ...optimistic, version: Number(theirs.version) } : p)) };
        }
        store.announce(error.message);
        return false;
    }
    if (record) {
        store.history.push({
            label: store.i18n.text('journeymaps.editor.emotion.label'),
            undo: () => (previous === undefined ? clearEmotion(store, stageRef, curve, false)
                : setEmotion(store, stageRef, curve, previous.score as EmotionScore, previous.note ?? '', false)),
            redo: () => setEmotion(store, stageRef, curve, score, note, false),
        });
    }
    return true;
}

/** Clears a stage's point on a curve (DELETE with its version); undo sets it again. Nothing to clear is a no-op. */
export async function clearEmotion(store: EditorStore, stageRef: Ref, curve: JourneyState, record = true): Promise<boolean> {
    const stageId = stageRef.id;
    const previous = emotionOf(store.map.emotions, stageId, curve);
    if (previous === undefined) {
        return true;
    }
    const key = emotionKey(stageId);
    store.map = { ...store.map, emotions: store.map.emotions.filter((e) => e !== previous) };
    store.setSave(key, { status: 'saving' });
    try {
        await store.api.deleteEmotion(store.map.id, stageId, curve, previous.version, previous.personaId);
        store.setSave(key, { status: 'saved' });
    } catch (e) {
        const error = e instanceof ApiError ? e : new ApiError(0, String(e));
        const theirs = error.status === 409 && typeof error.current === 'object' && error.current !== null
            ? error.current as Record<string, unknown> : undefined;
        // The point comes back as the server has it: a stale clear never removes someone else's newer score;
        // the user sees it and may clear it again.
        const kept = theirs === undefined ? previous : { ...previous, ...theirs } as typeof previous;
        store.map = { ...store.map, emotions: [...store.map.emotions, kept] };
        store.setSave(key, { status: 'error', message: error.message });
        store.announce(error.message);
        return false;
    }
    store.announce(store.i18n.text('journeymaps.editor.emotion.cleared', stageName(store, stageId)));
    if (record) {
        store.history.push({
            label: store.i18n.text('journeymaps.editor.emotion.label'),
            undo: () => setEmotion(store, stageRef, curve, previous.score as EmotionScore, previous.note ?? '', false),
            redo: () => clearEmotion(store, stageRef, curve, false),
        });
    }
    return true;
}

const stageName = (store: EditorStore, stageId: number) => store.map.stages.find((s) => s.id === stageId)?.name ?? '';

/** Conflict on a point: take the server's score and note. */
export function takeTheirEmotion(store: EditorStore, stageId: number): void {
    const theirs = store.saves.get(emotionKey(stageId))?.theirs;
    if (theirs !== undefined) {
        const curve = theirs.curve as JourneyState;
        const mine = emotionOf(store.map.emotions, stageId, curve);
        store.map = { ...store.map, emotions: store.map.emotions.map((p) => (p === mine ? { ...p, ...theirs } : p)) };
    }
    store.setSave(emotionKey(stageId), undefined);
}

/** Links or unlinks personas: a PATCH of the map's personaIds. */
export function setPersonas(store: EditorStore, ids: readonly number[], label: string): Promise<boolean> {
    const before = { personaIds: store.map.personas.map((p) => p.id) };
    return store.patch('map', store.refOf('map', store.map.id), { personaIds: ids }, label, true, before);
}

/** Creates a persona in the space library and links it to the map. */
export async function createAndLinkPersona(store: EditorStore, persona: NewPersona): Promise<Persona | undefined> {
    const created = await store.run('personas', () => store.api.createPersona(store.map.spaceKey, persona));
    if (created !== undefined) {
        await setPersonas(store, [...store.map.personas.map((p) => p.id), created.id], created.name);
    }
    return created;
}
