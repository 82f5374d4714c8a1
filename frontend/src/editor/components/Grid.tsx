// The map as an editable table: stages are columns, lanes are rows, cards sit in the cells and the
// emotions lane is a curve. One cell at a time is in the tab order (arrow keys move between cells).

import { useState } from 'preact/hooks';
import type { LaneType } from '../../common/api/lanes';
import { LANE_TYPES } from '../../common/api/lanes';
import type { JourneyState } from '../../common/api/maps';
import { LANE_ICONS, iconClass } from '../icons';
import { arrowOf, nextCell } from '../keys';
import { addElement } from '../structure';
import { AxisHeader } from './AxisHeader';
import { Cell } from './Cell';
import { EmotionCells } from './EmotionRow';
import { LaneHeader } from './LaneHeader';
import { useEditor } from './context';

export function Grid() {
    const { store, i18n } = useEditor();
    const { stages, lanes, cards } = store.map;
    const [active, setActive] = useState<[number, number]>([0, 0]);
    const [adding, setAdding] = useState<string | undefined>();
    const [focusCard, setFocusCard] = useState<number | undefined>();
    const [curve, setCurve] = useState<JourneyState>('CURRENT');
    const [newLaneType, setNewLaneType] = useState<LaneType>('ACTIONS');
    const cardLanes = lanes.filter((l) => l.type !== 'EMOTIONS');

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
    const add = (axis: 'stage' | 'lane') => {
        const name = i18n.text(`journeymaps.editor.${axis}.defaultName`, (axis === 'stage' ? stages : lanes).length + 1);
        void addElement(store, axis, name, axis === 'lane' ? newLaneType : undefined).then((id) => {
            if (id !== undefined) {
                const input = document.getElementById(`jm-${axis}-${id}-name`) as HTMLInputElement | null;
                input?.focus();
                input?.select();
            }
        });
    };
    return (
        <div class="jm-grid-scroll">
            <table class="aui jm-editor-grid" onKeyDown={onKeyDown} aria-label={i18n.text('journeymaps.map.caption', store.map.title, stages.length, lanes.length)}>
                <thead>
                    <tr>
                        <td class="jm-corner">{i18n.text('journeymaps.map.corner')}</td>
                        {stages.map((stage) => (
                            <th key={stage.id} scope="col" class="jm-stage-header">
                                <AxisHeader axis="stage" id={stage.id} name={stage.name} description={stage.description ?? null}
                                    cardCount={cards.filter((c) => c.stageId === stage.id).length} />
                            </th>
                        ))}
                        <td class="jm-add-column">
                            <button type="button" class="aui-button jm-add-stage" onClick={() => add('stage')}>
                                <span class={iconClass('add')} aria-hidden="true" /> {i18n.text('journeymaps.editor.stage.add')}
                            </button>
                        </td>
                    </tr>
                </thead>
                <tbody>
                    {lanes.map((lane) => (
                        <tr key={lane.id} class={`jm-lane jm-lane-${lane.type}`}>
                            <th scope="row" class="jm-lane-header">
                                <LaneHeader lane={lane} curve={curve} onCurve={setCurve} />
                            </th>
                            {lane.type === 'EMOTIONS'
                                ? <EmotionCells curve={curve} />
                                : stages.map((stage) => {
                                    const s = stages.indexOf(stage);
                                    const l = cardLanes.indexOf(lane);
                                    const cellKey = `${stage.id}:${lane.id}`;
                                    return <Cell key={stage.id} stage={stage} lane={lane} active={active[0] === s && active[1] === l}
                                        adding={adding === cellKey} focusCard={focusCard} onFocusCell={() => setActive([s, l])}
                                        onAdding={(on) => setAdding(on ? cellKey : undefined)} onAdded={setFocusCard} />;
                                })}
                            <td class="jm-add-column" />
                        </tr>
                    ))}
                </tbody>
            </table>
            <div class="jm-add-lane">
                <label for="jm-new-lane-type">{i18n.text('journeymaps.editor.lane.type')}</label>
                <select id="jm-new-lane-type" class="select" value={newLaneType} onChange={(e) => setNewLaneType((e.currentTarget as HTMLSelectElement).value as LaneType)}>
                    {LANE_TYPES.map((t) => <option key={t} value={t}>{i18n.text(`journeymaps.lane.type.${t}`)}</option>)}
                </select>
                <button type="button" class="aui-button" onClick={() => add('lane')}>
                    <span class={`${iconClass(LANE_ICONS[newLaneType])}`} aria-hidden="true" /> {i18n.text('journeymaps.editor.lane.add')}
                </button>
            </div>
        </div>
    );
}
