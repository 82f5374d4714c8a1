// The whole map as a grid (role=grid): the stage band, then one row per lane with its header and a cell per
// stage; the emotions lane is the curve across all stages. Read-only: the viewer, history and presentation
// use it as it is; the editor composes the same parts (StageBand, LaneHeader, CardFace, EmotionCurve).

import type { ComponentChildren } from 'preact';
import type { Card } from '../common/api/cards';
import type { Stage } from '../common/api/stages';
import type { I18n } from '../common/i18n';
import type { CurveSeries } from '../viewer/curve';
import type { GridLane } from '../viewer/grid';
import { CardFace } from './CardFace';
import { CurveAxis, CurveLegend, EmotionCurve, seriesLabel } from './EmotionCurve';
import { LaneHeader } from './LaneHeader';
import { resolution, type Resolution } from './rollup';
import { StageBand } from './StageBand';
import { laneClass, plural } from './text';
import { ThreadBadge } from './ThreadBadge';
import { navAttributes, onGridFocusIn, onGridKeyDown } from './useGridNavigation';

interface Props {
    readonly mapId: number;
    readonly title: string;
    readonly stages: readonly Stage[];
    readonly lanes: readonly GridLane[];
    readonly series: readonly CurveSeries[];
    readonly i18n: I18n;
    /** Above the lane headers, beside the stages (the persona). */
    readonly corner?: ComponentChildren;
    /** Stage headers stick to the top of the page while it scrolls. */
    readonly stickyHead?: boolean;
}

export function CanvasGrid({ mapId, title, stages, lanes, series, i18n, corner, stickyHead = false }: Props) {
    const idPrefix = `jm-${mapId}`;
    return (
        <div class={stickyHead ? 'jm-canvas jm-sticky-head' : 'jm-canvas'} role="grid" style={{ '--jm-stages': String(stages.length) }}
             aria-label={i18n.text('journeymaps.map.caption', title, stages.length, lanes.length)}
             aria-rowcount={lanes.length + 1} aria-colcount={stages.length + 1}
             onKeyDown={onGridKeyDown} onFocusIn={onGridFocusIn}>
            <StageBand stages={stages} i18n={i18n} corner={corner} idPrefix={idPrefix}
                       stageAttributes={(_, index) => navAttributes(0, index + 1, index === 0)}
                       stageExtra={(stage) => <ThreadBadge anchor={{ type: 'STAGE', id: stage.id }} i18n={i18n}
                                                           label={i18n.text('journeymaps.comments.anchor.stage', stage.name)} />} />
            {lanes.map((lane, index) => (
                <LaneRow key={lane.lane.id} lane={lane} row={index + 1} stages={stages} series={series} i18n={i18n} idPrefix={idPrefix} />
            ))}
        </div>
    );
}

interface RowProps {
    readonly lane: GridLane;
    readonly row: number;
    readonly stages: readonly Stage[];
    readonly series: readonly CurveSeries[];
    readonly i18n: I18n;
    readonly idPrefix: string;
}

function LaneRow({ lane, row, stages, series, i18n, idPrefix }: RowProps) {
    const type = lane.lane.type;
    const total = type === 'PAIN_POINTS' ? resolution(lane.cells.flat()) : undefined;
    const typeName = i18n.text(`journeymaps.lane.type.${type}`);
    return (
        <>
            {type === 'BACKSTAGE' && (
                <div class="jm-visibility" aria-hidden="true"><span>{i18n.text('journeymaps.canvas.visibility')}</span></div>
            )}
            <div class={`jm-row ${laneClass(type)} jm-lane-row-${laneClass(type).slice(8)}`} role="row" data-lane-id={lane.lane.id}>
                <LaneHeader lane={lane.lane} typeName={typeName} attributes={navAttributes(row, 0)}>
                    {type === 'EMOTIONS' && series.length > 0 && <CurveLegend series={series} i18n={i18n} />}
                    {type === 'EMOTIONS' && <CurveAxis i18n={i18n} />}
                    {total && <span class="jm-lane-extra">{plural(i18n, 'journeymaps.canvas.rollup.lane.', total.total, total.resolved, total.total)}</span>}
                    <ThreadBadge anchor={{ type: 'LANE', id: lane.lane.id }} i18n={i18n}
                                 label={i18n.text('journeymaps.comments.anchor.lane', lane.lane.name)} />
                </LaneHeader>
                {type === 'EMOTIONS'
                    ? (series.length === 0
                        ? <div class="jm-curve-empty" role="gridcell">{i18n.text('journeymaps.viewer.curve.empty')}</div>
                        : <EmotionCurve series={series} stageCount={stages.length} i18n={i18n} idPrefix={`${idPrefix}-${lane.lane.id}`}
                                        pointAttributes={(p) => navAttributes(row, p.column + 1)}
                                        pointExtra={(p, s) => (
                                            <ThreadBadge anchor={{ type: 'EMOTION', id: p.emotionId }} i18n={i18n}
                                                         label={i18n.text('journeymaps.comments.anchor.emotion',
                                                             series.length > 1 ? `${p.stage.name}, ${seriesLabel(s, i18n)}` : p.stage.name)} />
                                        )} />)
                    : <Cells lane={lane} row={row} stages={stages} i18n={i18n} />}
            </div>
            {type === 'EMOTIONS' && lane.hasCards && (
                // Cards in the emotions lane (rare) go in a row of their own under the curve.
                <div class={`jm-row ${laneClass(type)}`} role="row">
                    <div class="jm-lane-head" role="rowheader"><span class="jm-visually-hidden">{lane.lane.name}</span></div>
                    <Cells lane={lane} row={row + 0.5} stages={stages} i18n={i18n} />
                </div>
            )}
        </>
    );
}

function Cells({ lane, row, stages, i18n }: Pick<RowProps, 'lane' | 'row' | 'stages' | 'i18n'>) {
    return (
        <>
            {lane.cells.map((cards, col) => (
                <Cell key={stages[col]?.id ?? col} cards={cards} lane={lane} row={row} col={col + 1} i18n={i18n}
                      rollup={lane.lane.type === 'PAIN_POINTS' ? resolution(cards) : undefined} />
            ))}
        </>
    );
}

interface CellProps {
    readonly cards: readonly Card[];
    readonly lane: GridLane;
    readonly row: number;
    readonly col: number;
    readonly i18n: I18n;
    readonly rollup?: Resolution;
}

function Cell({ cards, lane, row, col, i18n, rollup }: CellProps) {
    return (
        <div class="jm-cell" role="gridcell">
            {cards.map((card) => (
                <CardFace key={card.id} card={card} laneType={lane.lane.type} i18n={i18n} attributes={navAttributes(row, col)}>
                    <ThreadBadge anchor={{ type: 'CARD', id: card.id }} i18n={i18n}
                                 label={i18n.text('journeymaps.comments.anchor.card', card.text)} />
                </CardFace>
            ))}
            {rollup && (
                <p class="jm-cell-rollup">
                    <span class="jm-rollup-bar" aria-hidden="true"><span style={{ width: `${(100 * rollup.resolved) / rollup.total}%` }} /></span>
                    {plural(i18n, 'journeymaps.canvas.rollup.', rollup.total, rollup.resolved, rollup.total)}
                </p>
            )}
        </div>
    );
}
