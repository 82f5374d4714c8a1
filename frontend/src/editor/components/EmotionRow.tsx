// The emotions lane as a curve: per stage, a point dragged vertically (or moved with the arrow keys: it is a
// slider) with its score and note below; Enter or a click selects it (the side panel edits score and note).
// The segments of each cell join the neighbours' into one curve.

import type { EmotionScore } from '../../common/api/emotions';
import type { JourneyState } from '../../common/api/maps';
import type { Stage } from '../../common/api/stages';
import { formatScore, levelKey, scoreAtY, stepScore, yOfScore } from '../emotion';
import { clearEmotion, emotionKey, setEmotion } from '../emotionOps';
import { emotionOf } from '../model';
import { canvasId, isSelected } from '../selection';
import { ThreadBadge } from '../../canvas/ThreadBadge';
import { useEditor } from './context';

const HEIGHT = 96;

interface PointProps {
    readonly stage: Stage;
    readonly curve: JourneyState;
    readonly previous: number | undefined;
    readonly next: number | undefined;
}

function EmotionPoint({ stage, curve, previous, next }: PointProps) {
    const { store, i18n, selection, select } = useEditor();
    const point = emotionOf(store.map.emotions, stage.id, curve);
    const score = point?.score;
    const note = point?.note ?? '';
    const save = (value: EmotionScore, text = note) => void setEmotion(store, store.refOf('stage', stage.id), curve, value, text);
    const clear = () => void clearEmotion(store, store.refOf('stage', stage.id), curve);
    const y = (s: number | undefined) => (s === undefined ? undefined : yOfScore(s, HEIGHT));
    const here = y(score);
    const before = y(previous);
    const after = y(next);
    const state = store.saves.get(emotionKey(stage.id));
    const valueText = score === undefined ? i18n.text('journeymaps.editor.emotion.none')
        : i18n.text('journeymaps.emotion.score', formatScore(score), i18n.text(levelKey(score)));

    const onPointer = (e: PointerEvent) => {
        const band = (e.currentTarget as HTMLElement).getBoundingClientRect();
        const dragTo = (ev: PointerEvent) => scoreAtY(ev.clientY - band.top, band.height);
        const target = e.currentTarget as HTMLElement;
        target.setPointerCapture?.(e.pointerId);
        let last = dragTo(e);
        const point = target.querySelector<HTMLElement>('.jm-emotion-point');
        const showAt = (s: number) => point?.style.setProperty('top', `${yOfScore(s, HEIGHT)}px`);
        showAt(last);
        const onMove = (ev: PointerEvent) => { last = dragTo(ev); showAt(last); };
        const onUp = (ev: PointerEvent) => {
            // Where the pointer is let go counts, even if the browser merged the last moves.
            last = dragTo(ev);
            target.removeEventListener('pointermove', onMove);
            point?.style.setProperty('top', `${here ?? HEIGHT / 2}px`);
            if (last !== score) {
                save(last);
            }
            // The band holds the pointer, so the point's own click never comes: a press on the curve selects it.
            select?.({ kind: 'emotion', id: stage.id });
        };
        target.addEventListener('pointermove', onMove);
        target.addEventListener('pointerup', onUp, { once: true });
    };
    const onKeyDown = (e: KeyboardEvent) => {
        const step = e.key === 'ArrowUp' ? 1 : e.key === 'ArrowDown' ? -1 : 0;
        if (step !== 0 && !e.altKey) {
            e.preventDefault();
            e.stopPropagation();
            save(stepScore(score ?? 0, step));
        } else if ((e.key === 'Delete' || e.key === 'Backspace') && score !== undefined) {
            e.preventDefault();
            clear();
        } else if (e.key === 'Enter') {
            e.preventDefault();
            select?.({ kind: 'emotion', id: stage.id }, true);
        }
    };
    const selected = isSelected(selection, 'emotion', stage.id);
    return (
        <td class={`jm-emotion-cell${selected ? ' jm-selected' : ''}`} data-stage-id={stage.id}>
            <div class="jm-emotion-band" style={{ height: `${HEIGHT}px` }} onPointerDown={onPointer}>
                <svg class="jm-emotion-svg" viewBox={`0 0 100 ${HEIGHT}`} preserveAspectRatio="none" aria-hidden="true">
                    {[0, 1, 2, 3, 4].map((level) => <line key={level} class={level === 2 ? 'jm-emotion-zero' : 'jm-emotion-grid'}
                        x1="0" x2="100" y1={(level * HEIGHT) / 4} y2={(level * HEIGHT) / 4} />)}
                    {here !== undefined && before !== undefined && <line class="jm-emotion-line" x1="0" y1={(before + here) / 2} x2="50" y2={here} />}
                    {here !== undefined && after !== undefined && <line class="jm-emotion-line" x1="50" y1={here} x2="100" y2={(after + here) / 2} />}
                </svg>
                <span id={canvasId({ kind: 'emotion', id: stage.id })}
                    class={`jm-emotion-point${score === undefined ? ' jm-emotion-empty' : ''}${score !== undefined && Math.abs(score) === 2 ? ` jm-emotion-extreme-${score > 0 ? 'pos' : 'neg'}` : ''}`}
                    role="slider" tabIndex={0}
                    style={{ top: `${here ?? HEIGHT / 2}px` }} aria-label={i18n.text('journeymaps.editor.emotion.point', stage.name)}
                    aria-valuemin={-2} aria-valuemax={2} aria-valuenow={score ?? 0} aria-valuetext={valueText} aria-keyshortcuts="Delete"
                    onKeyDown={onKeyDown} onClick={() => select?.({ kind: 'emotion', id: stage.id })} />
            </div>
            <div class="jm-emotion-label">
                {score !== undefined && <strong>{formatScore(score).replace('-', '\u2212')}</strong>} {note}
                {point && <ThreadBadge anchor={{ type: 'EMOTION', id: point.id }} i18n={i18n}
                    label={i18n.text('journeymaps.comments.anchor.emotion', stage.name)} />}
            </div>
            {state?.status === 'saving' && <span class="jm-save jm-save-saving">{i18n.text('journeymaps.editor.save.saving')}</span>}
            {(state?.status === 'conflict' || state?.status === 'error') && !selected && (
                <button type="button" class="jm-emotion-alert" onClick={() => select?.({ kind: 'emotion', id: stage.id }, true)}>
                    {i18n.text(state.status === 'conflict' ? 'journeymaps.editor.conflict.title' : 'journeymaps.editor.save.error', state.message ?? '')}
                </button>
            )}
        </td>
    );
}

export function EmotionCells({ curve }: { readonly curve: JourneyState }) {
    const { store } = useEditor();
    const stages = store.map.stages;
    const scoreAt = (i: number) => { const s = stages[i]; return s === undefined ? undefined : emotionOf(store.map.emotions, s.id, curve)?.score; };
    return <>{stages.map((stage, i) => <EmotionPoint key={stage.id} stage={stage} curve={curve} previous={scoreAt(i - 1)} next={scoreAt(i + 1)} />)}</>;
}
