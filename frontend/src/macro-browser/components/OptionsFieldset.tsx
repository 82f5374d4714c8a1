// The macro's display options, whichever map is shown: the lanes to show (none checked = all) and compact mode.

import { LANE_TYPES, type LaneType } from '../../common/api/lanes';
import type { I18n } from '../../common/i18n';

interface Props {
    readonly i18n: I18n;
    readonly lanes: readonly LaneType[];
    readonly compact: boolean;
    readonly onLanes: (lanes: readonly LaneType[]) => void;
    readonly onCompact: (compact: boolean) => void;
}

export function OptionsFieldset({ i18n, lanes, compact, onLanes, onCompact }: Props) {
    const toggle = (type: LaneType, on: boolean) =>
        onLanes(on ? [...lanes, type] : lanes.filter((t) => t !== type));
    return (
        <fieldset class="jm-mb-options">
            <legend>{i18n.text('journeymaps.macrobrowser.options')}</legend>
            <fieldset class="jm-mb-lanes" aria-describedby="jm-mb-lanes-hint">
                <legend>{i18n.text('journeymaps.macrobrowser.options.lanes')}</legend>
                <div class="jm-mb-lane-list">
                    {LANE_TYPES.map((type) => (
                        <label key={type} class="jm-mb-check">
                            <input type="checkbox" class="checkbox" value={type} checked={lanes.includes(type)}
                                   onChange={(e) => toggle(type, e.currentTarget.checked)} />
                            {' '}{i18n.text('journeymaps.lane.type.' + type)}
                        </label>
                    ))}
                </div>
                <p id="jm-mb-lanes-hint" class="jm-mb-muted">{i18n.text('journeymaps.macrobrowser.options.lanes.hint')}</p>
            </fieldset>
            <label class="jm-mb-check">
                <input id="jm-mb-compact" type="checkbox" class="checkbox" checked={compact}
                       onChange={(e) => onCompact(e.currentTarget.checked)} />
                {' '}{i18n.text('journeymaps.macrobrowser.options.compact')}
            </label>
        </fieldset>
    );
}
