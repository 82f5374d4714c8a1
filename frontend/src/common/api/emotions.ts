// /maps/{mapId}/emotions/{stageId}: the emotion curve's points, one per stage, curve and persona.

import { request } from '../http';
import type { JourneyState } from './maps';

/** -2 (very negative) to 2 (very positive). */
export type EmotionScore = -2 | -1 | 0 | 1 | 2;

export interface Emotion {
    readonly id: number;
    readonly stageId: number;
    readonly personaId?: number | null;
    readonly curve: JourneyState;
    readonly score: number;
    readonly note?: string | null;
    readonly version: number;
}

export interface EmotionInput {
    readonly curve: JourneyState;
    readonly personaId?: number;
    readonly score: EmotionScore;
    readonly note?: string;
    /** Required when the point exists already. */
    readonly version?: number;
}

export function putEmotion(mapId: number, stageId: number, emotion: EmotionInput): Promise<Emotion> {
    return request('PUT', `/maps/${mapId}/emotions/${stageId}`, emotion);
}

/** Clears a point; `version` is the point's version the caller saw (a newer point answers 409). */
export function deleteEmotion(mapId: number, stageId: number, curve: JourneyState, version: number,
    personaId?: number | null): Promise<void> {
    const params = new URLSearchParams({ curve, version: String(version) });
    if (personaId != null) {
        params.set('personaId', String(personaId));
    }
    return request('DELETE', `/maps/${mapId}/emotions/${stageId}?${params.toString()}`);
}
