// Pure helpers over the map the editor holds: cells, ordering and what a lane type lets a card carry.

import type { Card, CardAttributes } from '../common/api/cards';
import type { Emotion } from '../common/api/emotions';
import type { LaneType } from '../common/api/lanes';
import type { JourneyState } from '../common/api/maps';

export type CardField = keyof CardAttributes;

const SPECIFIC_FIELDS: Readonly<Record<LaneType, readonly CardField[]>> = {
    ACTIONS: [],
    TOUCHPOINTS: ['channel'],
    CHANNELS: ['channel'],
    THOUGHTS: [],
    EMOTIONS: [],
    PAIN_POINTS: ['severity'],
    OPPORTUNITIES: ['status', 'ownerKey', 'impact', 'effort'],
    BACKSTAGE: [],
    TEXT: [],
};

const ALL_FIELDS: readonly CardField[] = ['channel', 'severity', 'status', 'ownerKey', 'impact', 'effort', 'evidence'];

/** The card fields a lane type allows (the server's LaneType rule): its own, plus evidence everywhere. */
export function fieldsFor(type: LaneType): readonly CardField[] {
    return [...SPECIFIC_FIELDS[type], 'evidence'];
}

/** The attributes a card keeps when it moves to a lane of `type` (the server drops the others). */
export function keepAllowed(card: CardAttributes, type: LaneType): CardAttributes {
    const kept: Record<string, unknown> = {};
    for (const field of fieldsFor(type)) {
        if (card[field] !== undefined && card[field] !== null) {
            kept[field] = card[field];
        }
    }
    return kept as CardAttributes;
}

/** The attributes a card carries (for re-creating it). */
export function attributesOf(card: Card): CardAttributes {
    const attributes: Record<string, unknown> = {};
    for (const field of ALL_FIELDS) {
        if (card[field] !== undefined && card[field] !== null) {
            attributes[field] = card[field];
        }
    }
    return attributes as CardAttributes;
}

/** The cards of one cell, in position order. */
export function cardsIn(cards: readonly Card[], stageId: number, laneId: number): Card[] {
    return cards.filter((c) => c.stageId === stageId && c.laneId === laneId).sort((a, b) => a.position - b.position);
}

/** `ids` with `id` moved by `delta` places, or undefined when it cannot move that way. */
export function shiftId(ids: readonly number[], id: number, delta: number): number[] | undefined {
    const from = ids.indexOf(id);
    const to = from + delta;
    if (from < 0 || delta === 0 || to < 0 || to >= ids.length) {
        return undefined;
    }
    return moveIdTo(ids, id, to);
}

/** `ids` with `id` placed at index `to` (clamped). */
export function moveIdTo(ids: readonly number[], id: number, to: number): number[] {
    const rest = ids.filter((i) => i !== id);
    const index = Math.max(0, Math.min(to, rest.length));
    return [...rest.slice(0, index), id, ...rest.slice(index)];
}

/** Elements ordered as `ids`, with positions renumbered from 0. */
export function orderAs<T extends { readonly id: number; readonly position: number }>(items: readonly T[], ids: readonly number[]): T[] {
    return ids.flatMap((id, position) => {
        const item = items.find((i) => i.id === id);
        return item === undefined ? [] : [{ ...item, position }];
    });
}

/** The point of the map-wide curve (no persona) of a stage. */
export function emotionOf(emotions: readonly Emotion[], stageId: number, curve: JourneyState): Emotion | undefined {
    return emotions.find((e) => e.stageId === stageId && e.curve === curve && (e.personaId ?? null) === null);
}

/** Where a card lands in the cell at (stageIndex + dStage, laneIndex + dLane), or undefined off the grid. */
export function neighbourCell(stageIds: readonly number[], laneIds: readonly number[], stageId: number, laneId: number,
    dStage: number, dLane: number): { stageId: number; laneId: number } | undefined {
    const s = stageIds.indexOf(stageId) + dStage;
    const l = laneIds.indexOf(laneId) + dLane;
    const nextStage = stageIds[s];
    const nextLane = laneIds[l];
    return s < 0 || l < 0 || nextStage === undefined || nextLane === undefined ? undefined : { stageId: nextStage, laneId: nextLane };
}

/**
 * Where Alt+Arrow takes a card: up and down within its cell first, then into the cell above (at its end) or
 * below (at its start); left and right to the end of the neighbouring cell. Undefined at the grid's edge.
 */
export function keyboardMoveTarget(cards: readonly Card[], stageIds: readonly number[], laneIds: readonly number[],
    card: Card, dx: number, dy: number): { stageId: number; laneId: number; position: number } | undefined {
    const index = cardsIn(cards, card.stageId, card.laneId).findIndex((c) => c.id === card.id);
    const count = cardsIn(cards, card.stageId, card.laneId).length;
    if (dx === 0 && index + dy >= 0 && index + dy < count) {
        return { stageId: card.stageId, laneId: card.laneId, position: index + dy };
    }
    const cell = neighbourCell(stageIds, laneIds, card.stageId, card.laneId, dx, dy);
    if (cell === undefined) {
        return undefined;
    }
    return { ...cell, position: dy > 0 ? 0 : cardsIn(cards, cell.stageId, cell.laneId).length };
}
