// AUI icon-font names for lane types and channels (Confluence ships the font with AUI).

import type { Channel } from '../common/api/cards';
import type { LaneType } from '../common/api/lanes';

export const LANE_ICONS: Readonly<Record<LaneType, string>> = {
    ACTIONS: 'activity',
    TOUCHPOINTS: 'location',
    CHANNELS: 'share',
    THOUGHTS: 'quote',
    EMOTIONS: 'emoji',
    PAIN_POINTS: 'error',
    OPPORTUNITIES: 'lightbulb',
    BACKSTAGE: 'configure',
    TEXT: 'file-txt',
};

export const CHANNEL_ICONS: Readonly<Record<Channel, string>> = {
    WEB: 'world',
    MOBILE_APP: 'screen',
    EMAIL: 'email',
    PHONE: 'hipchat',
    CHAT: 'comment',
    STORE: 'office-building',
    SOCIAL: 'people',
    POST: 'send',
    IN_PERSON: 'person',
    OTHER: 'more',
};

export function iconClass(name: string): string {
    return `aui-icon aui-icon-small aui-iconfont-${name}`;
}
