// /maps: list, create, read, change and delete maps (types mirror openapi.yaml's Map* schemas).

import { ApiError, request, restUrl, toApiError } from '../http';
import type { Card } from './cards';
import type { Emotion } from './emotions';
import type { IssueRollup } from './jira';
import type { Lane } from './lanes';
import type { Branding } from './branding';
import type { Stage } from './stages';

export type JourneyState = 'CURRENT' | 'FUTURE';

export interface MapPersona {
    readonly id: number;
    readonly name: string;
    readonly role?: string | null;
    readonly color: string;
}

export interface MapPermissions {
    readonly view: boolean;
    readonly comment: boolean;
    readonly edit: boolean;
    /** Administers the page's space: may delete anyone's comments. */
    readonly spaceAdmin?: boolean;
}

/** The full map, its elements each ordered by position. */
export interface JourneyMap {
    readonly id: number;
    readonly pageId: number;
    readonly spaceKey: string;
    readonly title: string;
    readonly description?: string | null;
    readonly state: JourneyState;
    /** History: the map of the other state this one is linked to, if any. */
    readonly counterpartMapId?: number | null;
    readonly revision: number;
    readonly version: number;
    readonly owner?: string | null;
    readonly reviewDue?: string | null;
    readonly createdAt: string;
    readonly updatedAt: string;
    readonly personas: readonly MapPersona[];
    readonly stages: readonly Stage[];
    readonly lanes: readonly Lane[];
    readonly cards: readonly Card[];
    readonly emotions: readonly Emotion[];
    readonly permissions: MapPermissions;
    /** Jira: pain points resolved, per map and per stage. */
    readonly rollup?: IssueRollup;
    /** The space's branding while it is on (only `GET /maps/{id}` fills it). */
    readonly branding?: Branding | null;
}

export interface MapSummary {
    readonly id: number;
    readonly pageId: number;
    readonly spaceKey: string;
    readonly title: string;
    readonly state: JourneyState;
    readonly revision: number;
    readonly updatedAt: string;
}

export interface MapList {
    readonly results: readonly MapSummary[];
    readonly start: number;
    readonly limit: number;
    readonly size: number;
    /** Whether another page of results follows. */
    readonly more: boolean;
}

export interface MapQuery {
    readonly pageId?: number;
    readonly spaceKey?: string;
    readonly q?: string;
    readonly start?: number;
    readonly limit?: number;
}

export interface NewMap {
    readonly pageId: number;
    readonly title: string;
    readonly description?: string;
    readonly state?: JourneyState;
    readonly templateId?: string;
}

/** Absent fields stay as they are; `version` is the map's version the change is based on. */
export interface MapPatch {
    readonly version: number;
    readonly title?: string;
    readonly description?: string;
    readonly state?: JourneyState;
    readonly personaIds?: readonly number[];
    readonly ownerKey?: string;
    readonly reviewDue?: string;
    /** History: links the map to its counterpart in the other state; null unlinks. */
    readonly counterpartMapId?: number | null;
}

export function listMaps(query: MapQuery = {}): Promise<MapList> {
    const params = new URLSearchParams();
    for (const [name, value] of Object.entries(query)) {
        if (value !== undefined) {
            params.set(name, String(value));
        }
    }
    const search = params.toString();
    return request('GET', '/maps' + (search ? '?' + search : ''));
}

export function getMap(mapId: number): Promise<JourneyMap> {
    return request('GET', `/maps/${mapId}`);
}

export function createMap(map: NewMap): Promise<JourneyMap> {
    return request('POST', '/maps', map);
}

export function updateMap(mapId: number, patch: MapPatch): Promise<JourneyMap> {
    return request('PATCH', `/maps/${mapId}`, patch);
}

export function deleteMap(mapId: number): Promise<void> {
    return request('DELETE', `/maps/${mapId}`);
}

/** The map as a paginated A4 PDF, laid out on the server like Confluence's PDF export of the page. */
export async function getMapPdf(mapId: number, orientation: 'landscape' | 'portrait'): Promise<Blob> {
    let response: Response;
    try {
        response = await fetch(restUrl(`/maps/${mapId}/export/pdf?orientation=${orientation}`),
            { headers: { Accept: 'application/pdf' }, credentials: 'same-origin' });
    } catch (e) {
        throw new ApiError(0, e instanceof Error ? e.message : String(e));
    }
    if (!response.ok) {
        throw await toApiError(response);
    }
    return response.blob();
}
