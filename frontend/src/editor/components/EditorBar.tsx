// The editor's second bar: add a stage or lane, the map's personas, which emotion curve is edited, zoom
// (out, level, in, fit), the history, and a hint of the canvas gestures.

import { useState } from 'preact/hooks';
import type { JourneyState } from '../../common/api/maps';
import { HistorySection } from '../../history/HistorySection';
import { zoomPercent } from '../../viewer/zoom';
import { MAX_ZOOM, MIN_ZOOM } from '../zoom';
import { PersonaBar } from './PersonaBar';
import { useEditor } from './context';

interface Props {
    readonly onAdd: (axis: 'stage' | 'lane') => void;
    readonly curve: JourneyState;
    readonly onCurve: (curve: JourneyState) => void;
    readonly zoom: number;
    readonly onZoom: (direction: 1 | -1) => void;
    readonly onFit: () => void;
}

export function EditorBar({ onAdd, curve, onCurve, zoom, onZoom, onFit }: Props) {
    const { store, i18n } = useEditor();
    const [personas, setPersonas] = useState(false);
    const curveName = i18n.text(`journeymaps.editor.curve.${curve}`);
    return (
        <div class="jm-editor-bar" role="toolbar" aria-label={i18n.text('journeymaps.editor.canvas')}>
            <button type="button" class="aui-button aui-button-subtle jm-add-stage" onClick={() => onAdd('stage')} aria-label={i18n.text('journeymaps.editor.stage.add')}>
                <span class="aui-icon aui-icon-small aui-iconfont-add" aria-hidden="true" /> {i18n.text('journeymaps.editor.stage.add.short')}
            </button>
            <button type="button" class="aui-button aui-button-subtle jm-add-lane" onClick={() => onAdd('lane')} aria-label={i18n.text('journeymaps.editor.lane.add')}>
                <span class="aui-icon aui-icon-small aui-iconfont-add" aria-hidden="true" /> {i18n.text('journeymaps.editor.lane.add.short')}
            </button>
            <div class="jm-bar-popover-anchor">
                <button type="button" class="aui-button aui-button-subtle jm-personas-button" aria-expanded={personas} onClick={() => setPersonas(!personas)}>
                    <span class="aui-icon aui-icon-small aui-iconfont-person" aria-hidden="true" /> {i18n.text('journeymaps.editor.personas')}
                    {store.map.personas.length > 0 && <span class="aui-badge">{store.map.personas.length}</span>}
                </button>
                {personas && (
                    <div class="jm-bar-popover" onKeyDown={(e) => e.key === 'Escape' && setPersonas(false)}>
                        <PersonaBar />
                    </div>
                )}
            </div>
            <span class="jm-bar-separator" aria-hidden="true" />
            <button type="button" class="aui-button aui-button-subtle jm-curve-button" title={i18n.text('journeymaps.editor.curve.hint')}
                aria-pressed={curve === 'FUTURE'} onClick={() => onCurve(curve === 'CURRENT' ? 'FUTURE' : 'CURRENT')}>
                <span class="aui-icon aui-icon-small aui-iconfont-emoji" aria-hidden="true" /> {i18n.text('journeymaps.editor.curve', curveName)}
            </button>
            <span class="jm-bar-separator" aria-hidden="true" />
            <div class="jm-zoom" role="group" aria-label={i18n.text('journeymaps.editor.zoom')}>
                <button type="button" class="aui-button aui-button-subtle jm-icon-button jm-zoom-step" disabled={zoom <= MIN_ZOOM} onClick={() => onZoom(-1)}
                    aria-label={i18n.text('journeymaps.editor.zoom.out')} title={i18n.text('journeymaps.editor.zoom.out')}>
                    <span aria-hidden="true">{'\u2212'}</span>
                </button>
                <span class="jm-zoom-level" aria-live="polite">{i18n.text('journeymaps.editor.zoom.level', zoomPercent(zoom))}</span>
                <button type="button" class="aui-button aui-button-subtle jm-icon-button jm-zoom-step" disabled={zoom >= MAX_ZOOM} onClick={() => onZoom(1)}
                    aria-label={i18n.text('journeymaps.editor.zoom.in')} title={i18n.text('journeymaps.editor.zoom.in')}>
                    <span aria-hidden="true">+</span>
                </button>
                <button type="button" class="aui-button aui-button-subtle jm-zoom-fit" onClick={onFit} title={i18n.text('journeymaps.editor.zoom.fit.hint')}>
                    {i18n.text('journeymaps.editor.zoom.fit')}
                </button>
            </div>
            <span class="jm-bar-separator" aria-hidden="true" />
            <HistorySection map={store.map} i18n={i18n} />
            <p class="jm-bar-hint">{i18n.text('journeymaps.editor.hint')}</p>
        </div>
    );
}
