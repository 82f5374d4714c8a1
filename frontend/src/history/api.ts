// /maps/{id}/versions… and /maps/{id}/counterpart-comparison (types mirror openapi.yaml's History schemas).

import { request } from '../common/http';
import type { JourneyMap, JourneyState } from '../common/api/maps';

export type VersionKind = 'NAMED' | 'AUTOMATIC';

export interface Version {
    readonly number: number;
    /** Null for automatic versions. */
    readonly label: string | null;
    readonly kind: VersionKind;
    readonly author: string | null;
    /** The author's name to show. */
    readonly authorName?: string | null;
    readonly createdAt: string;
    readonly revision: number;
}

export interface VersionList {
    readonly results: readonly Version[];
    readonly start: number;
    readonly limit: number;
    readonly total: number;
    readonly more: boolean;
}

export type DiffKind = 'ADDED' | 'REMOVED' | 'CHANGED';
export type DiffElement = 'MAP' | 'PERSONA' | 'STAGE' | 'LANE' | 'CARD' | 'EMOTION';

export interface FieldChange {
    readonly field: string;
    readonly before: string | null;
    readonly after: string | null;
}

export interface ElementChange {
    readonly type: DiffElement;
    readonly change: DiffKind;
    /** The element's id; for an emotion point, its stage's. */
    readonly id: number;
    readonly label: string | null;
    readonly fields: readonly FieldChange[];
}

/** `version` null: the map as it is now. */
export interface ComparisonSide {
    readonly version: number | null;
    readonly revision: number;
}

export interface VersionComparison {
    readonly from: ComparisonSide;
    readonly to: ComparisonSide;
    readonly changes: readonly ElementChange[];
}

export interface MapRef {
    readonly id: number;
    readonly title: string;
    readonly state: JourneyState;
    readonly revision: number;
}

export interface AlignedStage {
    readonly name: string;
    readonly currentStageId: number | null;
    readonly futureStageId: number | null;
    readonly current: number | null;
    readonly future: number | null;
}

export interface PainPoint {
    readonly cardId: number;
    readonly stage: string | null;
    readonly text: string;
    readonly severity: string | null;
}

export interface CounterpartComparison {
    readonly current: MapRef;
    readonly future: MapRef;
    readonly stages: readonly AlignedStage[];
    /** At least half of the current stages have a future stage of the same name; else no pain point is compared. */
    readonly stagesMatch: boolean;
    readonly matchingStages: number;
    readonly currentStages: number;
    readonly addressed: readonly PainPoint[];
    readonly remaining: readonly PainPoint[];
}

/** A version number, or 'current' for the map as it is now. */
export type VersionRef = number | 'current';

export const historyApi = {
    list: (mapId: number, start = 0, limit = 25) =>
        request<VersionList>('GET', `/maps/${mapId}/versions?start=${start}&limit=${limit}`),
    save: (mapId: number, label: string) => request<Version>('POST', `/maps/${mapId}/versions`, { label }),
    open: (mapId: number, version: number) => request<JourneyMap>('GET', `/maps/${mapId}/versions/${version}`),
    compare: (mapId: number, from: VersionRef, to: VersionRef) =>
        request<VersionComparison>('GET', `/maps/${mapId}/versions/compare?from=${from}&to=${to}`),
    restore: (mapId: number, version: number) =>
        request<JourneyMap>('POST', `/maps/${mapId}/versions/${version}/restore`, {}),
    counterpart: (mapId: number) =>
        request<CounterpartComparison>('GET', `/maps/${mapId}/counterpart-comparison`),
};

export type HistoryApi = typeof historyApi;
