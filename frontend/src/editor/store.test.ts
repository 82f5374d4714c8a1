import { describe, expect, it } from 'vitest';
import { addCard, deleteCard, moveCard } from './cardOps';
import { ApiError } from '../common/http';
import { clearEmotion, setEmotion } from './emotionOps';
import { emotionOf } from './model';
import { deleteElement, reorder } from './structure';
import { fakeStore } from './testing';

const cardOf = (store: ReturnType<typeof fakeStore>['store'], id: number) => store.map.cards.find((c) => c.id === id);

describe('autosave', () => {
    it('shows the edit at once and saves it with the element version', async () => {
        const { store, api } = fakeStore();
        const saving = store.patch('card', store.refOf('card', 30), { text: 'Very slow' }, 'edit');
        expect(cardOf(store, 30)?.text).toBe('Very slow');
        expect(store.saves.get('card:30')?.status).toBe('saving');
        await saving;
        expect(api.updateCard).toHaveBeenCalledWith(1, 30, { text: 'Very slow', version: 1 });
        expect(cardOf(store, 30)?.version).toBe(2);
        expect(store.saves.get('card:30')?.status).toBe('saved');
    });

    it('sends quick successive edits one after the other, each with the version the last returned', async () => {
        const { store, api } = fakeStore();
        const ref = store.refOf('card', 30);
        await Promise.all([store.patch('card', ref, { text: 'a' }, 'e'), store.patch('card', ref, { text: 'ab' }, 'e')]);
        expect(api.updateCard.mock.calls.map((c) => c[2])).toEqual([{ text: 'a', version: 1 }, { text: 'ab', version: 2 }]);
        expect(cardOf(store, 30)?.text).toBe('ab');
    });

    it('keeps a refused value on screen with the field error, until retried or discarded', async () => {
        const { store } = fakeStore();
        expect(await store.patch('card', store.refOf('card', 30), { text: 'x'.repeat(25) }, 'edit')).toBe(false);
        const state = store.saves.get('card:30');
        expect(state).toMatchObject({ status: 'error', message: 'text is too long' });
        expect(state?.fieldErrors?.[0]).toEqual({ field: 'text', message: 'at most 20 characters' });
        expect(cardOf(store, 30)?.text).toBe('x'.repeat(25));
        expect(store.unsaved).toBe(1);
        store.discard('card', 30);
        expect(cardOf(store, 30)?.text).toBe('Slow site');
        expect(store.saves.has('card:30')).toBe(false);
    });

    it('never overwrites a newer version: a conflict shows theirs beside mine', async () => {
        const { store, server } = fakeStore();
        server.cards.set(30, { ...server.cards.get(30)!, text: 'Theirs', version: 5 });
        expect(await store.patch('card', store.refOf('card', 30), { text: 'Mine' }, 'edit')).toBe(false);
        const state = store.saves.get('card:30');
        expect(state?.status).toBe('conflict');
        expect(state?.theirs).toMatchObject({ text: 'Theirs', version: 5 });
        expect(state?.mine).toEqual({ text: 'Mine' });
        expect(cardOf(store, 30)?.text).toBe('Mine');
        expect(server.cards.get(30)?.text).toBe('Theirs');
    });

    it('keeps mine after a conflict by sending it again on their version', async () => {
        const { store, server, api } = fakeStore();
        server.cards.set(30, { ...server.cards.get(30)!, text: 'Theirs', version: 5 });
        await store.patch('card', store.refOf('card', 30), { text: 'Mine' }, 'edit');
        expect(await store.keepMine('card', 30, 'edit')).toBe(true);
        expect(api.updateCard).toHaveBeenLastCalledWith(1, 30, { text: 'Mine', version: 5 });
        expect(server.cards.get(30)).toMatchObject({ text: 'Mine', version: 6 });
        expect(store.saves.get('card:30')?.status).toBe('saved');
    });

    it('takes theirs after a conflict', async () => {
        const { store, server } = fakeStore();
        server.cards.set(30, { ...server.cards.get(30)!, text: 'Theirs', version: 5 });
        await store.patch('card', store.refOf('card', 30), { text: 'Mine' }, 'edit');
        store.takeTheirs('card', 30);
        expect(cardOf(store, 30)).toMatchObject({ text: 'Theirs', version: 5 });
        expect(store.saves.has('card:30')).toBe(false);
    });
});

describe('undo and redo as compensating writes', () => {
    it('undoes a rename with a PATCH of the old value and redoes it', async () => {
        const { store, api } = fakeStore();
        await store.patch('stage', store.refOf('stage', 10), { name: 'Search' }, 'rename');
        await store.undo();
        expect(api.updateStage).toHaveBeenLastCalledWith(1, 10, { name: 'Discover', version: 2 });
        expect(store.announcement).toBe('Undone: rename');
        await store.redo();
        expect(store.map.stages[0]?.name).toBe('Search');
    });

    it('undoes adding a card by deleting it, and redo re-creates it under a new id', async () => {
        const { store, server } = fakeStore();
        const id = (await addCard(store, 11, 20, 'Pay'))!;
        expect(cardOf(store, id)).toMatchObject({ stageId: 11, laneId: 20, position: 0 });
        await store.undo();
        expect(server.cards.has(id)).toBe(false);
        await store.redo();
        expect(store.map.cards.filter((c) => c.text === 'Pay')).toHaveLength(1);
        expect(store.refOf('card', id).id).not.toBe(id);
    });

    it('undoes deleting a card by re-creating it with its attributes', async () => {
        const { store, api } = fakeStore();
        await deleteCard(store, 30);
        expect(cardOf(store, 30)).toBeUndefined();
        await store.undo();
        expect(api.createCard).toHaveBeenLastCalledWith(1, { stageId: 10, laneId: 21, text: 'Slow site', position: 0, severity: 'HIGH' });
    });

    it('moves a card to another lane, dropping what that lane refuses, and undo brings it back', async () => {
        const { store, api } = fakeStore();
        expect(await moveCard(store, 30, 11, 20, 0)).toBe(true);
        expect(api.updateCard).toHaveBeenLastCalledWith(1, 30, { stageId: 11, laneId: 20, position: 0, severity: null, version: 1 });
        await store.undo();
        expect(api.updateCard).toHaveBeenLastCalledWith(1, 30, { stageId: 10, laneId: 21, position: 0, severity: 'HIGH', version: 2 });
        expect(cardOf(store, 30)).toMatchObject({ stageId: 10, laneId: 21, severity: 'HIGH' });
    });

    it('undoes deleting a stage by re-creating it with its cards and points', async () => {
        const { store, api } = fakeStore();
        await deleteElement(store, 'stage', 10);
        expect(store.map.stages.map((s) => s.name)).toEqual(['Buy']);
        expect(store.map.cards).toHaveLength(0);
        await store.undo();
        const again = store.map.stages.find((s) => s.name === 'Discover')!;
        expect(api.createCard).toHaveBeenLastCalledWith(1, expect.objectContaining({ stageId: again.id, text: 'Slow site' }));
        expect(api.putEmotion).toHaveBeenLastCalledWith(1, again.id, expect.objectContaining({ score: 1, curve: 'CURRENT' }));
        expect(store.map.cards).toHaveLength(1);
    });

    it('reorders stages and undoes the order', async () => {
        const { store, api } = fakeStore();
        await reorder(store, 'stage', [11, 10], 10);
        expect(store.map.stages.map((s) => s.id)).toEqual([11, 10]);
        await store.undo();
        expect(api.reorderStages).toHaveBeenLastCalledWith(1, [10, 11]);
        expect(store.map.stages.map((s) => s.id)).toEqual([10, 11]);
    });

    it('sets an emotion score with the point version, undo restores the previous score', async () => {
        const { store, api } = fakeStore();
        await setEmotion(store, store.refOf('stage', 10), 'CURRENT', -2, 'Frustrated');
        expect(api.putEmotion).toHaveBeenLastCalledWith(1, 10, { curve: 'CURRENT', score: -2, note: 'Frustrated', version: 1 });
        expect(emotionOf(store.map.emotions, 10, 'CURRENT')?.score).toBe(-2);
        await store.undo();
        expect(api.putEmotion).toHaveBeenLastCalledWith(1, 10, { curve: 'CURRENT', score: 1, note: '', version: 2 });
    });

    it('undoes a first score by clearing the point, not by setting 0; redo sets it again', async () => {
        const { store, api } = fakeStore();
        await setEmotion(store, store.refOf('stage', 11), 'CURRENT', 2, '');
        const created = emotionOf(store.map.emotions, 11, 'CURRENT');
        await store.undo();
        expect(api.deleteEmotion).toHaveBeenLastCalledWith(1, 11, 'CURRENT', created?.version, null);
        expect(emotionOf(store.map.emotions, 11, 'CURRENT')).toBeUndefined();
        expect(api.putEmotion).toHaveBeenCalledTimes(1);
        await store.redo();
        expect(api.putEmotion).toHaveBeenLastCalledWith(1, 11, { curve: 'CURRENT', score: 2, note: '', version: undefined });
    });

    it('clears a score with its version and announces it; undo puts the score and note back', async () => {
        const { store, api } = fakeStore();
        expect(await clearEmotion(store, store.refOf('stage', 10), 'CURRENT')).toBe(true);
        expect(api.deleteEmotion).toHaveBeenLastCalledWith(1, 10, 'CURRENT', 1, null);
        expect(emotionOf(store.map.emotions, 10, 'CURRENT')).toBeUndefined();
        expect(store.announcement).toContain('journeymaps.editor.emotion.cleared');
        await store.undo();
        expect(api.putEmotion).toHaveBeenLastCalledWith(1, 10, { curve: 'CURRENT', score: 1, note: '', version: undefined });
        expect(emotionOf(store.map.emotions, 10, 'CURRENT')?.score).toBe(1);
    });

    it('keeps a point someone changed meanwhile when a stale clear is refused (409)', async () => {
        const { store, api } = fakeStore();
        const theirs = { id: 40, stageId: 10, curve: 'CURRENT', score: -1, note: 'Bob', version: 3, personaId: null };
        api.deleteEmotion.mockRejectedValueOnce(new ApiError(409, 'Changed by someone else', [], theirs));
        expect(await clearEmotion(store, store.refOf('stage', 10), 'CURRENT')).toBe(false);
        expect(emotionOf(store.map.emotions, 10, 'CURRENT')).toMatchObject({ score: -1, note: 'Bob', version: 3 });
        expect(store.saves.get('emotion:10')).toMatchObject({ status: 'error', message: 'Changed by someone else' });
        expect(store.history.canUndo).toBe(false);
    });
});
