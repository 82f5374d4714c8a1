// The emotion curve across the stages, with its text alternative (read by screen readers) and a legend.

import type { I18n } from '../../common/i18n';
import { type CurveSeries, GRID_LINES_Y, levelKey, viewBox } from '../curve';
import { CommentBadge } from '../../comments/CommentBadge';

interface Props {
    readonly series: readonly CurveSeries[];
    readonly stageCount: number;
    readonly descriptionId: string;
    readonly i18n: I18n;
}

export function seriesLabel(series: CurveSeries, i18n: I18n): string {
    const curve = i18n.text(`journeymaps.emotion.curve.${series.curve}`);
    return series.persona ? `${curve} (${series.persona.name})` : curve;
}

export function pointText(point: CurveSeries['points'][number], i18n: I18n): string {
    const score = i18n.text('journeymaps.emotion.score', point.score,
        i18n.text(`journeymaps.emotion.level.${levelKey(point.score)}`));
    return `${point.stage.name} ${score}${point.note ? ' — ' + point.note : ''}`;
}

export function EmotionCurve({ series, stageCount, descriptionId, i18n }: Props) {
    return (
        <>
            <svg class="jm-curve" viewBox={viewBox(stageCount)} preserveAspectRatio="none" role="img"
                 aria-labelledby={descriptionId}>
                {GRID_LINES_Y.map((y) => <line key={y} class="jm-curve-grid" x1="0" x2="100%" y1={y} y2={y} />)}
                {series.map((s) => (
                    <g key={s.key}>
                        {s.segments.map((points) => (
                            <polyline key={points} class="jm-curve-line" fill="none" stroke={s.color} points={points}
                                      stroke-dasharray={s.dashed ? '6 4' : undefined} />
                        ))}
                        {s.points.map((p) => (
                            <line key={p.stage.id} class="jm-curve-point" x1={p.x} y1={p.y} x2={p.x} y2={p.y}
                                  stroke={s.color}>
                                <title>{pointText(p, i18n)}</title>
                            </line>
                        ))}
                    </g>
                ))}
            </svg>
            {series.length > 1 && (
                <ul class="jm-curve-legend" aria-hidden="true">
                    {series.map((s) => (
                        <li key={s.key}>
                            <span class={'jm-curve-swatch' + (s.dashed ? ' jm-curve-swatch-dashed' : '')}
                                  style={{ borderColor: s.color }} />
                            {seriesLabel(s, i18n)}
                        </li>
                    ))}
                </ul>
            )}
            {/* One slot per stage under the curve: the comment badges of its points (none without a comments host). */}
            <div class="jm-curve-comments" style={{ gridTemplateColumns: `repeat(${stageCount}, 1fr)` }}>
                {series.flatMap((s) => s.points.map((p) => (
                    <span key={`${s.key}-${p.stage.id}`} style={{ gridColumn: String(p.column + 1) }}>
                        <CommentBadge anchor={{ type: 'EMOTION', id: p.emotionId }} i18n={i18n}
                            label={i18n.text('journeymaps.comments.anchor.emotion',
                                series.length > 1 ? `${p.stage.name}, ${seriesLabel(s, i18n)}` : p.stage.name)} />
                    </span>
                )))}
            </div>
            <ul class="jm-curve-text jm-visually-hidden" id={descriptionId}>
                {series.map((s) => (
                    <li key={s.key}>{seriesLabel(s, i18n)} : {s.points.map((p) => pointText(p, i18n)).join(' ; ')}</li>
                ))}
            </ul>
        </>
    );
}
