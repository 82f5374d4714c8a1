// The journey-map macro's parameters (atlassian-plugin.xml: mapId, lanes, compact) as the dialog edits them.
// Confluence hands a placeholder's parameters over as strings; the server reads lanes as lane types separated
// by commas or spaces, case-insensitive, with '-' for '_' (MacroOptions), so the same reading is used here.

import { LANE_TYPES, type LaneType } from '../common/api/lanes';

export const MACRO_NAME = 'journey-map';

/** What the dialog edits: the chosen map, the lane types shown (all when empty) and compact mode. */
export interface MacroOptions {
    readonly mapId: number | undefined;
    readonly lanes: readonly LaneType[];
    readonly compact: boolean;
}

export type MacroParams = Readonly<Record<string, string>>;

/** Reads a placeholder's parameters; unknown lane names and a malformed map id are dropped. */
export function readParams(params: MacroParams | undefined): MacroOptions {
    const id = Number((params?.mapId ?? '').trim());
    const named = (params?.lanes ?? '')
        .split(/[,\s]+/)
        .map((name) => name.trim().toUpperCase().replace(/-/g, '_'))
        .filter((name): name is LaneType => (LANE_TYPES as readonly string[]).includes(name));
    return {
        mapId: Number.isInteger(id) && id > 0 ? id : undefined,
        lanes: LANE_TYPES.filter((type) => named.includes(type)),
        compact: (params?.compact ?? '').trim().toLowerCase() === 'true',
    };
}

/** The parameters to store; `lanes` is left out when every lane is shown, `compact` when it is off. */
export function writeParams(options: MacroOptions & { readonly mapId: number }): MacroParams {
    const params: Record<string, string> = { mapId: String(options.mapId) };
    const lanes = LANE_TYPES.filter((type) => options.lanes.includes(type));
    if (lanes.length > 0 && lanes.length < LANE_TYPES.length) {
        params.lanes = lanes.join(',');
    }
    if (options.compact) {
        params.compact = 'true';
    }
    return params;
}
