// What the macro dialog reads and writes through the REST API: the space's maps, the built-in templates,
// one map (the placeholder's), and a new map.

import { request } from '../common/http';
import { createMap, getMap, listMaps, type JourneyMap, type MapList, type NewMap } from '../common/api/maps';
import type { LaneType } from '../common/api/lanes';

/** A built-in template as GET /templates lists it, in the user's language. */
export interface TemplateSummary {
    readonly id: string;
    readonly name: string;
    readonly description: string;
    readonly stages: readonly { readonly name: string }[];
    readonly lanes: readonly { readonly name: string; readonly type: LaneType }[];
    readonly cardCount: number;
}

export interface MacroDialogApi {
    searchMaps(spaceKey: string, q: string): Promise<MapList>;
    getMap(mapId: number): Promise<JourneyMap>;
    listTemplates(): Promise<readonly TemplateSummary[]>;
    createMap(map: NewMap): Promise<JourneyMap>;
}

export const PAGE_SIZE = 25;

export const restApi: MacroDialogApi = {
    searchMaps: (spaceKey, q) => listMaps({ spaceKey, q: q.trim() === '' ? undefined : q.trim(), limit: PAGE_SIZE }),
    getMap,
    listTemplates: () => request<readonly TemplateSummary[]>('GET', '/templates'),
    createMap,
};
