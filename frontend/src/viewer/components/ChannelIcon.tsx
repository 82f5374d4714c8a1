// Channel icons as inline SVG (no icon font to download); decorative, the channel's name is beside them.

import type { JSX } from 'preact';
import type { Channel } from '../../common/api/cards';

const SHAPES: Record<Channel, JSX.Element> = {
    WEB: <><circle cx="8" cy="8" r="6" /><path d="M2 8h12M8 2c-2.2 2-2.2 10 0 12M8 2c2.2 2 2.2 10 0 12" /></>,
    MOBILE_APP: <><rect x="4.5" y="1.5" width="7" height="13" rx="1.5" /><path d="M7 12.5h2" /></>,
    EMAIL: <><rect x="1.5" y="3.5" width="13" height="9" rx="1" /><path d="M1.5 4.5 8 9l6.5-4.5" /></>,
    PHONE: <path d="M5 1.5 3 2.5C2 4 2.5 8 5.5 11s7 3.5 8.5 2.5l1-2-3-2-1.5 1.2C9 10 6.5 7.5 5.8 6L7 4.5z" />,
    CHAT: <path d="M2 3.5A1.5 1.5 0 0 1 3.5 2h9A1.5 1.5 0 0 1 14 3.5v6a1.5 1.5 0 0 1-1.5 1.5H7l-3.5 3v-3h0A1.5 1.5 0 0 1 2 9.5z" />,
    STORE: <><path d="M2 6.5 3 2.5h10l1 4M2 6.5h12M3 6.5v7h10v-7" /><path d="M6.5 13.5v-4h3v4" /></>,
    SOCIAL: <><circle cx="4" cy="8" r="2" /><circle cx="12" cy="3.5" r="2" /><circle cx="12" cy="12.5" r="2" /><path d="m5.8 7 4.4-2.5M5.8 9l4.4 2.5" /></>,
    POST: <><rect x="2" y="4.5" width="12" height="9" rx="1" /><path d="M2 4.5 4 2h8l2 2.5M6 8h4" /></>,
    IN_PERSON: <><circle cx="8" cy="4.5" r="2.5" /><path d="M3 14.5c0-3 2.2-5 5-5s5 2 5 5" /></>,
    OTHER: <><circle cx="3.5" cy="8" r="1" /><circle cx="8" cy="8" r="1" /><circle cx="12.5" cy="8" r="1" /></>,
};

export function ChannelIcon({ channel }: { channel: Channel }) {
    return (
        <svg class="jm-channel-icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false"
             fill="none" stroke="currentColor" stroke-width="1.4" stroke-linecap="round" stroke-linejoin="round">
            {SHAPES[channel]}
        </svg>
    );
}
