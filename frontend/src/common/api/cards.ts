// /maps/{mapId}/cards: the cards in the stage × lane cells (a move is a PATCH of stageId, laneId, position).

import { request } from '../http';
import type { IssueLink } from './jira';

export type { IssueLink } from './jira';

export type Channel = 'WEB' | 'MOBILE_APP' | 'EMAIL' | 'PHONE' | 'CHAT' | 'STORE' | 'SOCIAL' | 'POST' | 'IN_PERSON' | 'OTHER';
export type Severity = 'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL';
export type OpportunityStatus = 'OPEN' | 'IN_PROGRESS' | 'DONE' | 'DISMISSED';
export type Evidence = 'ASSUMED' | 'PARTIAL' | 'VALIDATED';
export type Rating = 'LOW' | 'MEDIUM' | 'HIGH';

export const CHANNELS: readonly Channel[] = [
    'WEB', 'MOBILE_APP', 'EMAIL', 'PHONE', 'CHAT', 'STORE', 'SOCIAL', 'POST', 'IN_PERSON', 'OTHER',
];
export const SEVERITIES: readonly Severity[] = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];

/** The attributes a lane type uses; the API leaves out the others. */
export interface CardAttributes {
    readonly channel?: Channel;
    readonly severity?: Severity;
    readonly status?: OpportunityStatus;
    readonly ownerKey?: string;
    readonly impact?: Rating;
    readonly effort?: Rating;
    readonly evidence?: Evidence;
}

export interface Card extends CardAttributes {
    readonly id: number;
    readonly stageId: number;
    readonly laneId: number;
    readonly position: number;
    readonly text: string;
    readonly version: number;
    /** Present in the full map only. */
    readonly issues?: readonly IssueLink[];
    /** The owner's display name, resolved by the server (read-only; absent when there is no owner or the user no longer exists). */
    readonly ownerName?: string | null;
}

export interface NewCard extends CardAttributes {
    readonly stageId: number;
    readonly laneId: number;
    readonly text: string;
    readonly position?: number;
}

export interface CardPatch extends CardAttributes {
    readonly version: number;
    readonly text?: string;
    readonly stageId?: number;
    readonly laneId?: number;
    readonly position?: number;
}

export function createCard(mapId: number, card: NewCard): Promise<Card> {
    return request('POST', `/maps/${mapId}/cards`, card);
}

export function updateCard(mapId: number, cardId: number, patch: CardPatch): Promise<Card> {
    return request('PATCH', `/maps/${mapId}/cards/${cardId}`, patch);
}

export function deleteCard(mapId: number, cardId: number): Promise<void> {
    return request('DELETE', `/maps/${mapId}/cards/${cardId}`);
}
