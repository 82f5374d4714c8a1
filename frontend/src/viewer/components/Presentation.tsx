// Presentation mode: the map one stage at a time, full screen and dark, for a meeting. ← → change stage,
// Esc leaves, F toggles full screen, C opens the stage's comments. Focus stays inside and returns to where
// it was on leaving; a live region announces each stage.

import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { TargetedKeyboardEvent } from 'preact';
import type { JourneyMap } from '../../common/api/maps';
import type { Stage } from '../../common/api/stages';
import type { I18n } from '../../common/i18n';
import { useComments } from '../../comments/context';
import { CardFace } from '../../canvas/CardFace';
import { seriesLabel } from '../../canvas/EmotionCurve';
import { COLUMN, columnX, monotonePath, scoreY } from '../../canvas/geometry';
import { Face, Icon } from '../../canvas/icons';
import { LaneIcon } from '../../canvas/LaneHeader';
import { laneClass, signedScore } from '../../canvas/text';
import type { CurveSeries } from '../curve';
import { levelKey } from '../curve';
import type { GridLane } from '../grid';
import { presentAction } from '../present';

interface Props {
    readonly map: JourneyMap;
    readonly stages: readonly Stage[];
    readonly lanes: readonly GridLane[];
    readonly series: readonly CurveSeries[];
    readonly i18n: I18n;
    readonly onClose: () => void;
}

export function Presentation({ map, stages, lanes, series, i18n, onClose }: Props) {
    const [index, setIndex] = useState(0);
    const dialog = useRef<HTMLDivElement>(null);
    const heading = useRef<HTMLHeadingElement>(null);
    const comments = useComments();
    const stage = stages[index];
    // Where the focus was when presentation began (before the stage's heading takes it): it goes back there.
    const [previous] = useState(() => document.activeElement as HTMLElement | null);

    useEffect(() => {
        return () => {
            if (document.fullscreenElement) {
                void document.exitFullscreen();
            }
            previous?.focus();
        };
    }, [previous]);
    useLayoutEffect(() => heading.current?.focus(), [index]);

    if (stage === undefined) {
        return null;
    }
    const onKeyDown = (event: TargetedKeyboardEvent<HTMLDivElement>) => {
        if (event.key === 'Tab') {
            trapFocus(event);
            return;
        }
        if (event.ctrlKey || event.metaKey || event.altKey || (event.target as HTMLElement).tagName === 'BUTTON' && event.key === ' ') {
            return;
        }
        const action = presentAction(event.key, index, stages.length);
        if (action === undefined) {
            return;
        }
        event.preventDefault();
        if (action === 'close') {
            onClose();
        } else if (action === 'fullscreen') {
            if (document.fullscreenElement) {
                void document.exitFullscreen();
            } else {
                void dialog.current?.requestFullscreen?.().catch(() => undefined);
            }
        } else if (action === 'comments') {
            if (comments) {
                onClose();
                comments.open({ type: 'STAGE', id: stage.id }, i18n.text('journeymaps.comments.anchor.stage', stage.name));
            }
        } else {
            setIndex(action.go);
        }
    };
    const point = series[0]?.points.find((p) => p.stage.id === stage.id);
    const cardLanes = lanes.filter((l) => l.lane.type !== 'EMOTIONS' && l.cells[index]?.length > 0);
    const announce = i18n.text('journeymaps.canvas.present.announce', index + 1, stages.length, stage.name);
    return (
        <div ref={dialog} class="jm-present jm-canvas-root jm-dark" role="dialog" aria-modal="true"
             aria-label={i18n.text('journeymaps.canvas.present.label', map.title)} onKeyDown={onKeyDown}>
            <header class="jm-present-head">
                <div class="jm-present-title">
                    <b>{map.title}</b>
                    {map.personas.length > 0 && <span>{map.personas.map((p) => p.name).join(', ')}</span>}
                </div>
                <nav class="jm-present-stages" aria-label={i18n.text('journeymaps.canvas.present.label', map.title)}>
                    {stages.map((s, i) => (
                        <button key={s.id} type="button" class={i === index ? 'jm-present-chip jm-present-chip-current' : 'jm-present-chip'}
                                aria-current={i === index ? 'step' : undefined} title={s.name} onClick={() => setIndex(i)}>
                            {i === index ? `${i + 1} · ${s.name}` : i + 1}
                        </button>
                    ))}
                </nav>
                <span class="jm-present-counter" aria-hidden="true">{i18n.text('journeymaps.canvas.present.counter', index + 1, stages.length)}</span>
                <button type="button" class="jm-present-close" onClick={onClose}>
                    <Icon name="CLOSE" />{i18n.text('journeymaps.canvas.present.close')}
                </button>
            </header>
            <main class="jm-present-main">
                <section class="jm-present-stage">
                    {stage.phase && <p class="jm-present-phase">{i18n.text('journeymaps.canvas.stage.phase', stage.phase)}</p>}
                    <h2 ref={heading} tabIndex={-1} class="jm-present-name"><span class="jm-present-num">{index + 1}</span>{stage.name}</h2>
                    {stage.description && <p class="jm-present-description">{stage.description}</p>}
                    {point && series[0] && (
                        <div class="jm-present-emotion">
                            <div class="jm-present-score">
                                <span class="jm-present-face"><Face score={point.score} label={i18n.text(`journeymaps.canvas.face.${levelKey(point.score)}`)} /></span>
                                <div>
                                    <b>{signedScore(point.score)}</b>
                                    <span>{seriesLabel(series[0], i18n)} · {i18n.text(`journeymaps.emotion.level.${levelKey(point.score)}`)}</span>
                                </div>
                            </div>
                            {point.note && <p class="jm-present-note">{point.note}</p>}
                            <MiniCurve series={series[0]} count={stages.length} current={index} />
                        </div>
                    )}
                </section>
                <section class="jm-present-lanes">
                    {cardLanes.map((lane) => (
                        <div key={lane.lane.id} class={`jm-present-lane ${laneClass(lane.lane.type)}`}
                             data-wide={lane.lane.type === 'PAIN_POINTS' ? '' : undefined}>
                            <h3 class="jm-present-lane-name"><span class="jm-lane-tile"><LaneIcon type={lane.lane.type} /></span>{lane.lane.name}</h3>
                            {lane.cells[index].map((card) => <CardFace key={card.id} card={card} laneType={lane.lane.type} i18n={i18n} />)}
                        </div>
                    ))}
                </section>
            </main>
            <footer class="jm-present-foot">
                <button type="button" class="jm-present-nav" disabled={index === 0} onClick={() => setIndex(index - 1)}
                        aria-label={i18n.text('journeymaps.canvas.present.previous')}>
                    <Icon name="CHEVRON_LEFT" />{index > 0 && `${index}. ${stages[index - 1].name}`}
                </button>
                <span class="jm-present-keys">{i18n.text('journeymaps.canvas.present.keys')}</span>
                <button type="button" class="jm-present-nav jm-present-next" disabled={index === stages.length - 1}
                        onClick={() => setIndex(index + 1)} aria-label={i18n.text('journeymaps.canvas.present.next')}>
                    {index < stages.length - 1 && `${index + 2}. ${stages[index + 1].name}`}<Icon name="CHEVRON_RIGHT" />
                </button>
            </footer>
            <p class="jm-visually-hidden" role="status" aria-live="polite">{announce}</p>
        </div>
    );
}

function trapFocus(event: TargetedKeyboardEvent<HTMLDivElement>): void {
    const focusable = Array.from(event.currentTarget.querySelectorAll<HTMLElement>('button:not([disabled]), a[href], [tabindex="0"]'));
    if (focusable.length === 0) {
        return;
    }
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first.focus();
    }
}

function MiniCurve({ series, count, current }: { readonly series: CurveSeries; readonly count: number; readonly current: number }) {
    const xy = series.points.map((p) => ({ x: columnX(p.column), y: scoreY(p.score) }));
    const here = series.points.find((p) => p.column === current);
    return (
        <div class="jm-present-curve" aria-hidden="true">
            <svg viewBox={`0 ${scoreY(2) - 8} ${count * COLUMN} ${scoreY(-2) - scoreY(2) + 16}`} preserveAspectRatio="none">
                <line x1="0" x2={count * COLUMN} y1={scoreY(0)} y2={scoreY(0)} class="jm-cgrid jm-czero" />
                <path class="jm-cline" stroke="var(--curve-now)" d={monotonePath(xy)} />
            </svg>
            {here && <span class="jm-point" style={{ left: `${((current + 0.5) / count) * 100}%`,
                top: `${((scoreY(here.score) - scoreY(2) + 8) / (scoreY(-2) - scoreY(2) + 16)) * 100}%`, '--sc': 'var(--curve-now)' }} />}
            <ol class="jm-present-ticks">{Array.from({ length: count }, (_, i) => <li key={i} class={i === current ? 'jm-current' : undefined}>{i + 1}</li>)}</ol>
        </div>
    );
}
