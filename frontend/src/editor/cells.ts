// Card positions inside cells, renumbered the way the server does (0, 1, 2… per cell), so the editor's
// order matches the server's after a create, move or delete without reloading the map.

import type { Card } from '../common/api/cards';
import { cardsIn } from './model';

function renumber(cards: Card[], stageId: number, laneId: number, ordered: readonly Card[]): Card[] {
    const positions = new Map(ordered.map((c, i) => [c.id, i]));
    return cards.map((c) => {
        const position = c.stageId === stageId && c.laneId === laneId ? positions.get(c.id) : undefined;
        return position === undefined ? c : { ...c, position };
    });
}

/** `cards` with `card` inserted at its position in its cell (clamped), the others shifted. */
export function insertCard(cards: readonly Card[], card: Card): Card[] {
    const cell = cardsIn(cards, card.stageId, card.laneId);
    const index = Math.max(0, Math.min(card.position, cell.length));
    cell.splice(index, 0, card);
    return renumber([...cards, card], card.stageId, card.laneId, cell);
}

/** `cards` without card `id`, closing the gap it leaves. */
export function removeCard(cards: readonly Card[], id: number): Card[] {
    const card = cards.find((c) => c.id === id);
    const rest = cards.filter((c) => c.id !== id);
    return card === undefined ? rest : renumber(rest, card.stageId, card.laneId, cardsIn(rest, card.stageId, card.laneId));
}

/** `cards` with card `id` moved to index `position` of cell (stageId, laneId). */
export function placeCard(cards: readonly Card[], id: number, stageId: number, laneId: number, position: number): Card[] {
    const card = cards.find((c) => c.id === id);
    if (card === undefined) {
        return [...cards];
    }
    return insertCard(removeCard(cards, id), { ...card, stageId, laneId, position });
}

/** `cards` with `saved` in place of the card of the same id (its cell and position as the server says). */
export function replaceCard(cards: readonly Card[], answer: Card): Card[] {
    const local = cards.find((c) => c.id === answer.id);
    // Answers about the card alone leave out its Jira issues (only the full map carries them): keep the known ones.
    const saved = answer.issues === undefined && local?.issues !== undefined ? { ...answer, issues: local.issues } : answer;
    if (local !== undefined && (local.stageId !== saved.stageId || local.laneId !== saved.laneId || local.position !== saved.position)) {
        return placeCard(cards, saved.id, saved.stageId, saved.laneId, saved.position).map((c) => (c.id === saved.id ? saved : c));
    }
    return cards.map((c) => (c.id === saved.id ? saved : c));
}
