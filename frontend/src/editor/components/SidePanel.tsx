// The 336 px side panel that edits the selection: a heading saying what it is and where, the element's
// fields, and a close button. Escape closes it and puts the focus back on the element in the canvas.

import { useEffect, useRef } from 'preact/hooks';
import type { JourneyState } from '../../common/api/maps';
import { LANE_ICONS, iconClass } from '../icons';
import type { Selection } from '../selection';
import { LanePanel, StagePanel } from './AxisPanels';
import { CardPanel } from './CardPanel';
import { EmotionPanel } from './EmotionPanel';
import { MapPanel } from './MapPanel';
import { useEditor } from './context';

interface Props {
    readonly selection: Selection;
    readonly curve: JourneyState;
    /** Bumped when the panel should take the focus (Enter on an element). */
    readonly focusRequest: number;
}

export function SidePanel({ selection, curve, focusRequest }: Props) {
    const { store, i18n, select } = useEditor();
    const body = useRef<HTMLDivElement>(null);
    const { stages, lanes, cards } = store.map;

    useEffect(() => {
        if (focusRequest > 0) {
            const first = body.current?.querySelector<HTMLElement>('input:not([type=radio]), textarea, select, input:checked, button');
            first?.focus();
            if (first instanceof HTMLInputElement || first instanceof HTMLTextAreaElement) {
                first.select();
            }
        }
    }, [focusRequest]);

    const stageLabel = (id: number) => {
        const index = stages.findIndex((s) => s.id === id);
        return { number: index + 1, name: stages[index]?.name ?? '' };
    };
    let title = '';
    let where = '';
    let icon = 'edit';
    let content = null;
    if (selection.kind === 'card') {
        const card = cards.find((c) => c.id === selection.id);
        const lane = lanes.find((l) => l.id === card?.laneId);
        if (card === undefined || lane === undefined) {
            return null;
        }
        const stage = stageLabel(card.stageId);
        title = i18n.text('journeymaps.editor.panel.card');
        where = i18n.text('journeymaps.editor.panel.where', stage.number, stage.name, lane.name);
        icon = LANE_ICONS[lane.type];
        content = <CardPanel key={card.id} card={card} lane={lane} />;
    } else if (selection.kind === 'stage' || selection.kind === 'emotion') {
        const stage = stages.find((s) => s.id === selection.id);
        if (stage === undefined) {
            return null;
        }
        title = selection.kind === 'stage' ? i18n.text('journeymaps.editor.panel.stage') : i18n.text('journeymaps.editor.emotion.label');
        where = `${stageLabel(stage.id).number}. ${stage.name}`;
        icon = selection.kind === 'stage' ? 'arrow-right' : LANE_ICONS.EMOTIONS;
        content = selection.kind === 'stage' ? <StagePanel key={stage.id} stage={stage} /> : <EmotionPanel key={stage.id} stage={stage} curve={curve} />;
    } else if (selection.kind === 'lane') {
        const lane = lanes.find((l) => l.id === selection.id);
        if (lane === undefined) {
            return null;
        }
        title = i18n.text('journeymaps.editor.panel.lane');
        where = lane.name;
        icon = LANE_ICONS[lane.type];
        content = <LanePanel key={lane.id} lane={lane} />;
    } else {
        title = i18n.text('journeymaps.editor.map.title');
        where = store.map.title;
        content = <MapPanel />;
    }
    const onKeyDown = (e: KeyboardEvent) => {
        if (e.key === 'Escape' && !e.defaultPrevented) {
            e.preventDefault();
            select?.(undefined);
        }
    };
    return (
        <aside class="jm-panel" aria-labelledby="jm-panel-title jm-panel-where" onKeyDown={onKeyDown} data-kind={selection.kind}>
            <header class="jm-panel-header">
                <span class={`${iconClass(icon)} jm-panel-icon`} aria-hidden="true" />
                <div class="jm-panel-heading">
                    <h2 class="jm-panel-title" id="jm-panel-title">{title}</h2>
                    <p class="jm-panel-where" id="jm-panel-where">{where}</p>
                </div>
                <button type="button" class="aui-button aui-button-subtle jm-icon-button jm-panel-close" onClick={() => select?.(undefined)}
                    aria-label={i18n.text('journeymaps.editor.panel.close')} title={i18n.text('journeymaps.editor.panel.close')}>
                    <span class="aui-icon aui-icon-small aui-iconfont-cross" aria-hidden="true" />
                </button>
            </header>
            <div class="jm-panel-body" ref={body}>{content}</div>
        </aside>
    );
}
