// The map as a real table: stages are column headers (sticky at the top of the scroll area), lanes row
// headers (sticky at its left); the emotions lane is the curve across all stages, then its cards if any.

import type { IssueRollup } from '../../common/api/jira';
import type { Stage } from '../../common/api/stages';
import type { I18n } from '../../common/i18n';
import type { CurveSeries } from '../curve';
import type { GridLane } from '../grid';
import { StageRollup } from '../../jira/components/Rollup';
import { CommentBadge } from '../../comments/CommentBadge';
import { CardView } from './CardView';
import { EmotionCurve } from './EmotionCurve';

interface Props {
    readonly mapId: number;
    readonly title: string;
    readonly stages: readonly Stage[];
    readonly lanes: readonly GridLane[];
    readonly series: readonly CurveSeries[];
    readonly compact: boolean;
    readonly i18n: I18n;
    /** Jira: pain points resolved per stage. */
    readonly rollup?: IssueRollup;
}

const typeClass = (lane: GridLane) => 'jm-lane jm-lane-' + lane.lane.type.toLowerCase().replace(/_/g, '-');

export function GridTable({ mapId, title, stages, lanes, series, compact, i18n, rollup }: Props) {
    return (
        <table class="jm-grid">
            <caption class="jm-visually-hidden">
                {i18n.text('journeymaps.map.caption', title, stages.length, lanes.length)}
            </caption>
            <thead>
                <tr>
                    <td class="jm-corner">{i18n.text('journeymaps.map.corner')}</td>
                    {stages.map((stage) => (
                        <th key={stage.id} scope="col" class="jm-stage">
                            <span class="jm-stage-name">{stage.name}</span>
                            <CommentBadge anchor={{ type: 'STAGE', id: stage.id }} i18n={i18n}
                                          label={i18n.text('journeymaps.comments.anchor.stage', stage.name)} />
                            {stage.description && !compact
                                && <span class="jm-stage-description">{stage.description}</span>}
                            <StageRollup rollup={rollup} stageId={stage.id} i18n={i18n} />
                        </th>
                    ))}
                </tr>
            </thead>
            <tbody>
                {lanes.map((lane) => lane.lane.type === 'EMOTIONS'
                    ? <EmotionRows key={lane.lane.id} lane={lane} mapId={mapId} stages={stages} series={series} i18n={i18n} />
                    : <CardRow key={lane.lane.id} lane={lane} i18n={i18n} labelled />)}
            </tbody>
        </table>
    );
}

function LaneHeader({ lane, i18n }: { lane: GridLane; i18n: I18n }) {
    return (
        <th scope="row" class="jm-lane-header">
            <span class="jm-lane-name">{lane.lane.name}</span>
            <CommentBadge anchor={{ type: 'LANE', id: lane.lane.id }} i18n={i18n}
                          label={i18n.text('journeymaps.comments.anchor.lane', lane.lane.name)} />
            <span class="jm-lane-type">{i18n.text(`journeymaps.lane.type.${lane.lane.type}`)}</span>
        </th>
    );
}

function CardRow({ lane, i18n, labelled }: { lane: GridLane; i18n: I18n; labelled: boolean }) {
    return (
        <tr class={typeClass(lane)}>
            {labelled ? <LaneHeader lane={lane} i18n={i18n} /> : (
                <th scope="row" class="jm-lane-header">
                    <span class="jm-visually-hidden">{lane.lane.name}</span>
                </th>
            )}
            {lane.cells.map((cards, index) => (
                <td key={index} class="jm-cell">
                    {cards.map((card) => <CardView key={card.id} card={card} laneType={lane.lane.type} i18n={i18n} />)}
                </td>
            ))}
        </tr>
    );
}

interface EmotionProps {
    readonly lane: GridLane;
    readonly mapId: number;
    readonly stages: readonly Stage[];
    readonly series: readonly CurveSeries[];
    readonly i18n: I18n;
}

function EmotionRows({ lane, mapId, stages, series, i18n }: EmotionProps) {
    return (
        <>
            <tr class={typeClass(lane)}>
                <LaneHeader lane={lane} i18n={i18n} />
                <td class="jm-curve-cell" colSpan={Math.max(1, stages.length)}>
                    {series.length === 0
                        ? <p class="jm-curve-empty">{i18n.text('journeymaps.viewer.curve.empty')}</p>
                        : <EmotionCurve series={series} stageCount={stages.length}
                                        descriptionId={`journey-map-${mapId}-curve-${lane.lane.id}`} i18n={i18n} />}
                </td>
            </tr>
            {lane.hasCards && <CardRow lane={lane} i18n={i18n} labelled={false} />}
        </>
    );
}
