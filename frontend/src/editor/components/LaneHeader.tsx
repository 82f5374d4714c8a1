// A lane's row header: its colour and icon by type, its name, a collapse toggle, and for the emotions lane
// the legend of the curve being edited.

import type { Lane } from '../../common/api/lanes';
import type { JourneyState } from '../../common/api/maps';
import { LaneIcon } from '../../canvas/LaneHeader';
import { iconClass } from '../icons';
import { AxisHeader } from './AxisHeader';
import { useEditor } from './context';

interface Props {
    readonly lane: Lane;
    readonly curve: JourneyState;
    readonly collapsed: boolean;
    readonly onCollapse: (collapsed: boolean) => void;
}

export function LaneHeader({ lane, curve, collapsed, onCollapse }: Props) {
    const { i18n } = useEditor();
    const toggle = i18n.text(collapsed ? 'journeymaps.editor.lane.expand' : 'journeymaps.editor.lane.collapse', lane.name);
    return (
        <AxisHeader axis="lane" id={lane.id} name={lane.name}
            after={<>
                <button type="button" class="jm-collapse" aria-expanded={!collapsed} aria-label={toggle} title={toggle}
                    onClick={(e) => { e.stopPropagation(); onCollapse(!collapsed); }}>
                    <span class={iconClass(collapsed ? 'chevron-right' : 'chevron-down')} aria-hidden="true" />
                </button>
                {lane.type === 'EMOTIONS' && !collapsed && (
                    <span class={`jm-curve-legend jm-curve-${curve}`}>{i18n.text(`journeymaps.editor.curve.${curve}`)}</span>
                )}
            </>}>
            <span class="jm-lane-tile" role="img" aria-label={i18n.text(`journeymaps.lane.type.${lane.type}`)}>
                <LaneIcon type={lane.type} />
            </span>
        </AxisHeader>
    );
}
