// The emotion curve row: grid lines for −2…+2, a dashed zero line, a monotone curve per series with the area
// to zero filled green above and red below, a marker per point (extremes filled) and, for the first series,
// each point's score and note placed above maxima and below minima. The SVG stretches to the row's width
// (only x scales); markers and labels are HTML placed in percent, so they keep their shape.

import type { ComponentChildren } from 'preact';
import type { I18n } from '../common/i18n';
import type { CurvePoint, CurveSeries } from '../viewer/curve';
import { levelKey } from '../viewer/curve';
import { areaPath, COLUMN, columnX, labelPlacement, monotonePath, ROW_HEIGHT, runs, SCORES, scoreY, ZERO_Y } from './geometry';
import { Face } from './icons';
import { signedScore } from './text';

export type Marker = 'circle' | 'diamond' | 'square';

export interface SeriesStyle {
    readonly color: string;
    readonly dashed: boolean;
    readonly marker: Marker;
}

/** Line style and marker by state (current solid circles, target dashed diamonds); colour by persona when several. */
export function seriesStyles(series: readonly CurveSeries[]): SeriesStyle[] {
    const personas = new Set(series.map((s) => s.persona?.id ?? null));
    const seen = new Map<string, number>();
    return series.map((s) => {
        const n = seen.get(s.curve) ?? 0;
        seen.set(s.curve, n + 1);
        const base: Marker = s.curve === 'FUTURE' ? 'diamond' : 'circle';
        return {
            color: personas.size > 1 && s.persona ? s.persona.color : s.curve === 'FUTURE' ? 'var(--curve-future)' : 'var(--curve-now)',
            dashed: s.curve === 'FUTURE',
            marker: n === 0 ? base : 'square',
        };
    });
}

export function seriesLabel(series: CurveSeries, i18n: I18n): string {
    const curve = i18n.text(`journeymaps.canvas.curve.${series.curve}`);
    return series.persona ? `${curve} (${series.persona.name})` : curve;
}

export function pointText(point: CurvePoint, i18n: I18n): string {
    const score = i18n.text('journeymaps.emotion.score', signedScore(point.score),
        i18n.text(`journeymaps.emotion.level.${levelKey(point.score)}`));
    return `${point.stage.name} ${score}${point.note ? ' — ' + point.note : ''}`;
}

interface Props {
    readonly series: readonly CurveSeries[];
    readonly stageCount: number;
    readonly i18n: I18n;
    /** Unique per map on the page (clip paths, description). */
    readonly idPrefix: string;
    /** Content on a point's marker (comment badge), and its focus attributes. */
    readonly pointExtra?: (point: CurvePoint, series: CurveSeries) => ComponentChildren;
    readonly pointAttributes?: (point: CurvePoint, series: CurveSeries) => Record<string, unknown>;
    /** Which series carries visible labels (the others show on hover/focus only). */
    readonly labelledSeries?: number;
}

const leftOf = (column: number, stageCount: number) => `${((column + 0.5) / stageCount) * 100}%`;

export function EmotionCurve({ series, stageCount, i18n, idPrefix, pointExtra, pointAttributes, labelledSeries = 0 }: Props) {
    const n = Math.max(1, stageCount);
    const width = n * COLUMN;
    const styles = seriesStyles(series);
    const descriptionId = `${idPrefix}-curve-text`;
    return (
        <div class="jm-curve-cell" role="gridcell" aria-colspan={n} aria-describedby={descriptionId}>
            <svg class="jm-curve-svg" viewBox={`0 0 ${width} ${ROW_HEIGHT}`} preserveAspectRatio="none" aria-hidden="true" focusable="false">
                <defs>
                    <clipPath id={`${idPrefix}-above`}><rect x="0" y="0" width={width} height={ZERO_Y} /></clipPath>
                    <clipPath id={`${idPrefix}-below`}><rect x="0" y={ZERO_Y} width={width} height={ROW_HEIGHT - ZERO_Y} /></clipPath>
                </defs>
                {Array.from({ length: n - 1 }, (_, i) => (
                    <line key={`c${i}`} class="jm-ccol" x1={(i + 1) * COLUMN} x2={(i + 1) * COLUMN} y1="0" y2={ROW_HEIGHT} />
                ))}
                {SCORES.map((s) => (
                    <line key={s} class={s === 0 ? 'jm-cgrid jm-czero' : 'jm-cgrid'} x1="0" x2={width} y1={scoreY(s)} y2={scoreY(s)} />
                ))}
                {series.map((s, index) => runs(s.points).map((run) => {
                    const xy = run.map((p) => ({ x: columnX(p.column), y: scoreY(p.score) }));
                    return (
                        <g key={`${s.key}-${run[0].column}`}>
                            {index === 0 && (
                                <>
                                    <path class="jm-carea-pos" d={areaPath(xy)} clip-path={`url(#${idPrefix}-above)`} />
                                    <path class="jm-carea-neg" d={areaPath(xy)} clip-path={`url(#${idPrefix}-below)`} />
                                </>
                            )}
                            <path class={styles[index].dashed ? 'jm-cline jm-cline-dashed' : 'jm-cline'} stroke={styles[index].color}
                                  d={xy.length > 1 ? monotonePath(xy) : `M${xy[0].x},${xy[0].y}h0`} />
                        </g>
                    );
                }))}
            </svg>
            {series.map((s, index) => s.points.map((p, i) => (
                <PointMarker key={`${s.key}-${p.stage.id}`} point={p} series={s} style={styles[index]} stageCount={n}
                             i18n={i18n} label={seriesLabel(s, i18n)} extra={pointExtra?.(p, s)}
                             attributes={pointAttributes?.(p, s)}
                             placement={index === labelledSeries ? labelPlacement(s.points[i - 1]?.column === p.column - 1
                                 ? s.points[i - 1].score : undefined, p.score,
                                 s.points[i + 1]?.column === p.column + 1 ? s.points[i + 1].score : undefined) : undefined} />
            )))}
            <ul class="jm-visually-hidden" id={descriptionId}>
                {series.map((s) => (
                    <li key={s.key}>{i18n.text('journeymaps.canvas.curve.text', seriesLabel(s, i18n),
                        s.points.map((p) => pointText(p, i18n)).join(' ; '))}</li>
                ))}
            </ul>
        </div>
    );
}

interface MarkerProps {
    readonly point: CurvePoint;
    readonly series: CurveSeries;
    readonly style: SeriesStyle;
    readonly stageCount: number;
    readonly i18n: I18n;
    readonly label: string;
    readonly placement?: ReturnType<typeof labelPlacement>;
    readonly extra?: ComponentChildren;
    readonly attributes?: Record<string, unknown>;
}

function PointMarker({ point, style, stageCount, i18n, label, placement, extra, attributes }: MarkerProps) {
    const solid = !style.dashed;
    const extreme = solid && point.score === -2 ? ' jm-point-min' : solid && point.score === 2 ? ' jm-point-max' : '';
    const left = leftOf(point.column, stageCount);
    const top = `${scoreY(point.score)}px`;
    return (
        <>
            <span class={`jm-point jm-point-${style.marker}${extreme}`} style={{ left, top, '--sc': style.color }}
                  role="img" aria-label={`${label}, ${pointText(point, i18n)}`} title={pointText(point, i18n)}
                  data-emotion-id={point.emotionId} {...attributes}>
                {extra}
            </span>
            {placement && (
                <span class={`jm-plabel jm-plabel-${placement}`} style={{ left, top }} aria-hidden="true">
                    <b>{signedScore(point.score)}</b>{point.note}
                </span>
            )}
        </>
    );
}

/** The −2…+2 scale at the right edge of the lane header: five faces aligned to the levels. */
export function CurveAxis({ i18n }: { readonly i18n: I18n }) {
    return (
        <span class="jm-curve-axis">
            {SCORES.map((s) => (
                <span key={s} style={{ top: `${scoreY(s)}px` }} class="jm-face-slot">
                    <Face score={s} label={i18n.text(`journeymaps.canvas.face.${levelKey(s)}`)} />
                </span>
            ))}
        </span>
    );
}

/** Line samples per series: colour, line style and marker shape, so colour is never the only signal. */
export function CurveLegend({ series, i18n }: { readonly series: readonly CurveSeries[]; readonly i18n: I18n }) {
    const styles = seriesStyles(series);
    return (
        <ul class="jm-legend">
            {series.map((s, i) => (
                <li key={s.key}>
                    <svg width="22" height="10" viewBox="0 0 22 10" aria-hidden="true" focusable="false">
                        <path d="M1 5h20" stroke={styles[i].color} stroke-width="2" stroke-dasharray={styles[i].dashed ? '4 3' : undefined} />
                    </svg>
                    {seriesLabel(s, i18n)}
                </li>
            ))}
        </ul>
    );
}
