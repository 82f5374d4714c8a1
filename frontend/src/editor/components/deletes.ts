// Deleting a card, stage or lane after a confirmation that says what goes with it (cards, comments).

import { useComments } from '../../comments/context';
import { deleteCard } from '../cardOps';
import { deleteElement } from '../structure';
import { useEditor } from './context';

/** Asks, then deletes the card; resolves true when it is gone. */
export function useDeleteCard(): (cardId: number) => Promise<boolean> {
    const { store, i18n, confirm, select } = useEditor();
    const comments = useComments();
    return async (cardId) => {
        const card = store.map.cards.find((c) => c.id === cardId);
        if (card === undefined) {
            return false;
        }
        const question = i18n.text('journeymaps.editor.card.confirmDelete', card.text);
        if (!(await confirm(comments?.goingWith(question, { anchor: { type: 'CARD', id: card.id } }) ?? question))) {
            return false;
        }
        select?.(undefined);
        return deleteCard(store, card.id);
    };
}

/** Asks, then deletes the stage or lane with its cards (and a stage its emotion points). */
export function useDeleteAxis(): (axis: 'stage' | 'lane', id: number) => Promise<boolean> {
    const { store, i18n, confirm, select } = useEditor();
    const comments = useComments();
    return async (axis, id) => {
        const name = (axis === 'stage' ? store.map.stages : store.map.lanes).find((e) => e.id === id)?.name ?? '';
        const cardIds = store.map.cards.filter((c) => (axis === 'stage' ? c.stageId : c.laneId) === id).map((c) => c.id);
        const emotionIds = axis === 'stage' ? store.map.emotions.filter((p) => p.stageId === id).map((p) => p.id) : [];
        const question = i18n.text(`journeymaps.editor.${axis}.confirmDelete`, name, cardIds.length);
        const deleted = { anchor: { type: axis === 'stage' ? 'STAGE' : 'LANE', id } as const, cardIds, emotionIds };
        if (!(await confirm(comments?.goingWith(question, deleted) ?? question))) {
            return false;
        }
        select?.(undefined);
        return deleteElement(store, axis, id);
    };
}
