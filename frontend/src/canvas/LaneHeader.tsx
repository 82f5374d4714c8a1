// A lane's row header: a tint of the lane's colour, a 3 px bar, the icon tile and the name (the type shows
// through colour and icon, not as a repeated word). `children` go under the name (legend, roll-up, badge).

import type { ComponentChildren } from 'preact';
import type { Lane } from '../common/api/lanes';
import { Icon, type IconName } from './icons';

const ICONS: Record<Lane['type'], IconName> = {
    ACTIONS: 'ACTIONS', TOUCHPOINTS: 'TOUCHPOINTS', CHANNELS: 'TOUCHPOINTS', THOUGHTS: 'THOUGHTS', EMOTIONS: 'EMOTIONS',
    PAIN_POINTS: 'PAIN_POINTS', OPPORTUNITIES: 'OPPORTUNITIES', BACKSTAGE: 'BACKSTAGE', TEXT: 'TEXT',
};

/** The lane type's icon. */
export function LaneIcon({ type }: { readonly type: Lane['type'] }) {
    return <Icon name={ICONS[type]} />;
}

interface Props {
    readonly lane: Pick<Lane, 'name' | 'type'>;
    /** The lane type's name, for screen readers (the colour and the icon show it to the eye). */
    readonly typeName: string;
    readonly children?: ComponentChildren;
    readonly attributes?: Record<string, unknown>;
}

export function LaneHeader({ lane, typeName, children, attributes }: Props) {
    return (
        <div class="jm-lane-head" role="rowheader" {...attributes}>
            <span class="jm-lane-title">
                <span class="jm-lane-tile"><LaneIcon type={lane.type} /></span>
                <span class="jm-lane-name">
                    {lane.name}
                    {lane.name.trim().toLowerCase() !== typeName.toLowerCase()
                        && <span class="jm-visually-hidden"> ({typeName})</span>}
                </span>
            </span>
            {children}
        </div>
    );
}
