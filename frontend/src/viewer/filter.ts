// What the reader chose to see: one lane type or all, one persona or all. Persona filtering applies to the
// emotion curve (cards belong to no persona); curves without a persona concern everyone and stay.

import type { LaneType } from '../common/api/lanes';
import type { CurveSeries } from './curve';
import type { GridLane } from './grid';

export interface ViewFilter {
    readonly laneType: LaneType | null;
    readonly personaId: number | null;
}

export const NO_FILTER: ViewFilter = { laneType: null, personaId: null };

export function visibleLanes(lanes: readonly GridLane[], filter: ViewFilter): GridLane[] {
    return lanes.filter((l) => filter.laneType === null || l.lane.type === filter.laneType);
}

export function visibleSeries(series: readonly CurveSeries[], filter: ViewFilter): CurveSeries[] {
    return series.filter((s) => filter.personaId === null || s.persona === null || s.persona.id === filter.personaId);
}
