// The map as an editable canvas: the phases and stages across, the lanes down, cards in the cells and the
// emotions lane as a curve. One cell at a time is in the tab order (arrow keys move between cells); every card
// and header is a stop of its own. A collapsed lane shows as a thin row with its name.

import { useState } from 'preact/hooks';
import type { JourneyState } from '../../common/api/maps';
import type { Stage } from '../../common/api/stages';
import { laneClass } from '../../canvas/text';
import { arrowOf, nextCell } from '../keys';
import { AxisHeader } from './AxisHeader';
import { Cell } from './Cell';
import { EmotionCells } from './EmotionRow';
import { LaneHeader } from './LaneHeader';
import { useEditor } from './context';

interface Props {
    readonly curve: JourneyState;
    readonly zoom: number;
    readonly focusCard: number | undefined;
    readonly onAdded: (cardId: number) => void;
}

/** Neighbouring stages with the same phase, as one group each (stages without a phase make a blank group). */
export function phaseGroups(stages: readonly Stage[]): { phase: string; span: number }[] {
    const groups: { phase: string; span: number }[] = [];
    for (const stage of stages) {
        const phase = stage.phase ?? '';
        const last = groups[groups.length - 1];
        if (last !== undefined && last.phase === phase) {
            last.span++;
        } else {
            groups.push({ phase, span: 1 });
        }
    }
    return groups;
}

export function Grid({ curve, zoom, focusCard, onAdded }: Props) {
    const { store, i18n } = useEditor();
    const { stages, lanes, cards } = store.map;
    const [active, setActive] = useState<[number, number]>([0, 0]);
    const [adding, setAdding] = useState<string | undefined>();
    const [collapsed, setCollapsed] = useState<ReadonlySet<number>>(new Set());
    const cardLanes = lanes.filter((l) => l.type !== 'EMOTIONS');
    const phases = phaseGroups(stages);
    const hasPhases = phases.some((g) => g.phase !== '');

    const onKeyDown = (e: KeyboardEvent) => {
        const d = arrowOf(e);
        const cell = (e.target as HTMLElement).closest('td.jm-cell');
        if (d === undefined || cell !== e.target) {
            return;
        }
        e.preventDefault();
        const [s, l] = nextCell(active[0], active[1], d, stages.length, cardLanes.length);
        setActive([s, l]);
        (e.currentTarget as HTMLElement).querySelector<HTMLElement>(`td.jm-cell[data-stage-id="${stages[s]?.id}"][data-lane-id="${cardLanes[l]?.id}"]`)?.focus();
    };
    const collapse = (laneId: number, on: boolean) => {
        const next = new Set(collapsed);
        if (on) {
            next.add(laneId);
        } else {
            next.delete(laneId);
        }
        setCollapsed(next);
    };
    return (
        <table class="jm-editor-grid" style={{ zoom }} onKeyDown={onKeyDown}
            aria-label={i18n.text('journeymaps.map.caption', store.map.title, stages.length, lanes.length)}>
            <thead>
                {hasPhases && (
                    <tr class="jm-phase-row">
                        <td class="jm-corner" />
                        {phases.map((g, i) => <th key={i} scope="colgroup" colSpan={g.span} class="jm-phase"><span>{g.phase}</span></th>)}
                    </tr>
                )}
                <tr>
                    <td class="jm-corner">{store.map.personas.map((p) => (
                        <span key={p.id} class="jm-corner-persona"><span class="jm-avatar" style={{ background: p.color }} aria-hidden="true">{p.name.charAt(0)}</span>{p.name}</span>
                    ))}</td>
                    {stages.map((stage, i) => (
                        <th key={stage.id} scope="col" class={`jm-stage-header jm-stage-tone-${Math.min(3, 1 + Math.floor((i * 3) / Math.max(1, stages.length)))}`}>
                            <AxisHeader axis="stage" id={stage.id} name={stage.name} title={stage.description ?? undefined}>
                                <span class="jm-stage-number" aria-hidden="true">{i + 1}</span>
                            </AxisHeader>
                        </th>
                    ))}
                </tr>
            </thead>
            <tbody>
                {lanes.map((lane) => {
                    const isCollapsed = collapsed.has(lane.id);
                    return (
                        <tr key={lane.id} class={`jm-lane jm-lane-${lane.type} ${laneClass(lane.type)}${isCollapsed ? ' jm-lane-collapsed' : ''}`}>
                            <th scope="row" class="jm-lane-header">
                                <LaneHeader lane={lane} curve={curve} collapsed={isCollapsed} onCollapse={(on) => collapse(lane.id, on)} />
                            </th>
                            {isCollapsed
                                ? <td class="jm-collapsed-cell" colSpan={stages.length}>
                                    {i18n.text('journeymaps.editor.cell.count', cards.filter((c) => c.laneId === lane.id).length)}
                                </td>
                                : lane.type === 'EMOTIONS'
                                    ? <EmotionCells curve={curve} />
                                    : stages.map((stage, s) => {
                                        const l = cardLanes.indexOf(lane);
                                        const cellKey = `${stage.id}:${lane.id}`;
                                        return <Cell key={stage.id} stage={stage} lane={lane} active={active[0] === s && active[1] === l}
                                            adding={adding === cellKey} focusCard={focusCard} onFocusCell={() => setActive([s, l])}
                                            onAdding={(on) => setAdding(on ? cellKey : undefined)} onAdded={onAdded} />;
                                    })}
                        </tr>
                    );
                })}
            </tbody>
        </table>
    );
}
