// A lane's row header: its type (icon and choice), its name, and for the emotions lane which curve is shown.

import type { Lane, LaneType } from '../../common/api/lanes';
import { LANE_TYPES } from '../../common/api/lanes';
import type { JourneyState } from '../../common/api/maps';
import { LANE_ICONS, iconClass } from '../icons';
import { AxisHeader } from './AxisHeader';
import { useEditor } from './context';

interface Props {
    readonly lane: Lane;
    readonly curve: JourneyState;
    readonly onCurve: (curve: JourneyState) => void;
}

export function LaneHeader({ lane, curve, onCurve }: Props) {
    const { store, i18n } = useEditor();
    const count = store.map.cards.filter((c) => c.laneId === lane.id).length;
    const typeLabel = i18n.text('journeymaps.editor.lane.type');
    return (
        <AxisHeader axis="lane" id={lane.id} name={lane.name} cardCount={count}>
            <span class={`${iconClass(LANE_ICONS[lane.type])} jm-lane-icon`} role="img" aria-label={i18n.text(`journeymaps.lane.type.${lane.type}`)} />
            <div class="jm-lane-type">
                <select class="select jm-select" aria-label={typeLabel} value={lane.type}
                    onChange={(e) => void store.patch('lane', store.refOf('lane', lane.id), { type: (e.currentTarget as HTMLSelectElement).value as LaneType }, typeLabel)}>
                    {LANE_TYPES.map((t) => <option key={t} value={t}>{i18n.text(`journeymaps.lane.type.${t}`)}</option>)}
                </select>
                {lane.type === 'EMOTIONS' && (
                    <select class="select jm-select" aria-label={i18n.text('journeymaps.editor.emotion.curve')} value={curve}
                        onChange={(e) => onCurve((e.currentTarget as HTMLSelectElement).value as JourneyState)}>
                        <option value="CURRENT">{i18n.text('journeymaps.emotion.curve.CURRENT')}</option>
                        <option value="FUTURE">{i18n.text('journeymaps.emotion.curve.FUTURE')}</option>
                    </select>
                )}
            </div>
        </AxisHeader>
    );
}
