// The viewer's grid from the API's map: stages and lanes in order, one cell per lane × stage with its cards
// in order. The same shape as the macro's static table (MapTableViewFactory), so both read alike.

import type { Card } from '../common/api/cards';
import type { Lane, LaneType } from '../common/api/lanes';
import type { JourneyMap } from '../common/api/maps';
import type { Stage } from '../common/api/stages';

export interface GridLane {
    readonly lane: Lane;
    /** One per stage, in stage order. */
    readonly cells: ReadonlyArray<readonly Card[]>;
    readonly hasCards: boolean;
}

export interface Grid {
    readonly stages: readonly Stage[];
    readonly lanes: readonly GridLane[];
}

const byPosition = <T extends { readonly position: number; readonly id: number }>(a: T, b: T) =>
    a.position - b.position || a.id - b.id;

/**
 * Lays the map out; `shownTypes` are the lane types the page author chose in the macro (empty = all), so the
 * viewer never shows a lane the static table left out.
 */
export function buildGrid(map: JourneyMap, shownTypes: ReadonlySet<LaneType> = new Set()): Grid {
    const stages = [...map.stages].sort(byPosition);
    const column = new Map(stages.map((stage, index) => [stage.id, index]));
    const cardsByLane = new Map<number, Card[][]>();
    for (const card of [...map.cards].sort(byPosition)) {
        const index = column.get(card.stageId);
        if (index === undefined) {
            continue;
        }
        let cells = cardsByLane.get(card.laneId);
        if (!cells) {
            cells = stages.map(() => []);
            cardsByLane.set(card.laneId, cells);
        }
        cells[index].push(card);
    }
    const lanes = [...map.lanes]
        .sort(byPosition)
        .filter((lane) => shownTypes.size === 0 || shownTypes.has(lane.type))
        .map((lane): GridLane => {
            const cells = cardsByLane.get(lane.id) ?? stages.map(() => []);
            return { lane, cells, hasCards: cells.some((cell) => cell.length > 0) };
        });
    return { stages, lanes };
}

/** The lane types of the grid, each once, in the order they first appear. */
export function laneTypesOf(grid: Grid): LaneType[] {
    return [...new Set(grid.lanes.map((l) => l.lane.type))];
}
