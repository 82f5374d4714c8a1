// /maps/{mapId}/lanes: the map's typed rows.

import { request } from '../http';

export type LaneType =
    | 'ACTIONS'
    | 'TOUCHPOINTS'
    | 'CHANNELS'
    | 'THOUGHTS'
    | 'EMOTIONS'
    | 'PAIN_POINTS'
    | 'OPPORTUNITIES'
    | 'BACKSTAGE'
    | 'TEXT';

export const LANE_TYPES: readonly LaneType[] = [
    'ACTIONS', 'TOUCHPOINTS', 'CHANNELS', 'THOUGHTS', 'EMOTIONS', 'PAIN_POINTS', 'OPPORTUNITIES', 'BACKSTAGE', 'TEXT',
];

export interface Lane {
    readonly id: number;
    readonly name: string;
    readonly type: LaneType;
    readonly position: number;
    readonly version: number;
}

export interface NewLane {
    readonly name: string;
    readonly type: LaneType;
    readonly position?: number;
}

export interface LanePatch {
    readonly version: number;
    readonly name?: string;
    readonly type?: LaneType;
}

export function createLane(mapId: number, lane: NewLane): Promise<Lane> {
    return request('POST', `/maps/${mapId}/lanes`, lane);
}

export function updateLane(mapId: number, laneId: number, patch: LanePatch): Promise<Lane> {
    return request('PATCH', `/maps/${mapId}/lanes/${laneId}`, patch);
}

/** Deletes the lane with its cards. */
export function deleteLane(mapId: number, laneId: number): Promise<void> {
    return request('DELETE', `/maps/${mapId}/lanes/${laneId}`);
}

/** `ids`: every lane id of the map, in the new order. */
export function reorderLanes(mapId: number, ids: readonly number[]): Promise<Lane[]> {
    return request('PUT', `/maps/${mapId}/lanes/order`, { ids });
}
