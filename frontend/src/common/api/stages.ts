// /maps/{mapId}/stages: the map's columns.

import { request } from '../http';

export interface Stage {
    readonly id: number;
    readonly name: string;
    readonly description?: string | null;
    /** Consecutive stages with the same phase form one group in the stage band. */
    readonly phase?: string | null;
    readonly position: number;
    readonly version: number;
}

export interface NewStage {
    readonly name: string;
    readonly description?: string;
    readonly position?: number;
}

export interface StagePatch {
    readonly version: number;
    readonly name?: string;
    readonly description?: string;
    /** null or "" clears it. */
    readonly phase?: string | null;
}

export function createStage(mapId: number, stage: NewStage): Promise<Stage> {
    return request('POST', `/maps/${mapId}/stages`, stage);
}

export function updateStage(mapId: number, stageId: number, patch: StagePatch): Promise<Stage> {
    return request('PATCH', `/maps/${mapId}/stages/${stageId}`, patch);
}

/** Deletes the stage with its cards and emotion points. */
export function deleteStage(mapId: number, stageId: number): Promise<void> {
    return request('DELETE', `/maps/${mapId}/stages/${stageId}`);
}

/** `ids`: every stage id of the map, in the new order. */
export function reorderStages(mapId: number, ids: readonly number[]): Promise<Stage[]> {
    return request('PUT', `/maps/${mapId}/stages/order`, { ids });
}
