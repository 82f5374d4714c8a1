// Our own 16 px line icons (1.5 px stroke, round caps, currentColor), drawn inline so nothing is downloaded.
// Always decorative: the word they stand beside (or the element's label) carries the meaning.

import type { JSX } from 'preact';

const SHAPES = {
    // Lane types
    ACTIONS: <path d="M3.5 2.5 12.5 8l-4 1 2.5 4.5-1.8 1-2.5-4.5-3.2 2.5z" />,
    TOUCHPOINTS: <><circle cx="8" cy="8" r="6" /><circle cx="8" cy="8" r="3" /><circle cx="8" cy="8" r=".6" /></>,
    THOUGHTS: <><path d="M4.5 11a3 3 0 0 1-.3-6 4 4 0 0 1 7.6 0 3 3 0 0 1-.3 6z" /><circle cx="4" cy="13.5" r=".8" /></>,
    EMOTIONS: <><circle cx="8" cy="8" r="6" /><path d="M5.5 9.5c1.3 1.5 3.7 1.5 5 0" /><path d="M6 6.2v.1M10 6.2v.1" /></>,
    PAIN_POINTS: <path d="M9 1.5 3.5 9H8l-1 5.5L12.5 7H8z" />,
    OPPORTUNITIES: <><path d="M5.5 10.5a4.5 4.5 0 1 1 5 0V12h-5z" /><path d="M6 14.5h4" /></>,
    BACKSTAGE: <><path d="m8 2 6 3-6 3-6-3z" /><path d="m2 8 6 3 6-3" /><path d="m2 11 6 3 6-3" /></>,
    TEXT: <path d="M3 4h10M3 8h10M3 12h6" />,
    METRICS: <path d="M3 13.5V9M8 13.5V3M13 13.5V6.5" />,
    // Channels
    WEB: <><circle cx="8" cy="8" r="6" /><path d="M2 8h12M8 2c-2.2 2-2.2 10 0 12M8 2c2.2 2 2.2 10 0 12" /></>,
    MOBILE_APP: <><rect x="4.5" y="1.5" width="7" height="13" rx="1.5" /><path d="M7 12.5h2" /></>,
    EMAIL: <><rect x="1.5" y="3.5" width="13" height="9" rx="1" /><path d="M1.5 4.5 8 9l6.5-4.5" /></>,
    PHONE: <path d="M5 1.5 3 2.5C2 4 2.5 8 5.5 11s7 3.5 8.5 2.5l1-2-3-2-1.5 1.2C9 10 6.5 7.5 5.8 6L7 4.5z" />,
    CHAT: <path d="M2 3.5A1.5 1.5 0 0 1 3.5 2h9A1.5 1.5 0 0 1 14 3.5v6a1.5 1.5 0 0 1-1.5 1.5H7l-3.5 3v-3A1.5 1.5 0 0 1 2 9.5z" />,
    STORE: <><path d="M2 6.5 3 2.5h10l1 4M2 6.5h12M3 6.5v7h10v-7" /><path d="M6.5 13.5v-4h3v4" /></>,
    SOCIAL: <><circle cx="4" cy="8" r="2" /><circle cx="12" cy="3.5" r="2" /><circle cx="12" cy="12.5" r="2" /><path d="m5.8 7 4.4-2.5M5.8 9l4.4 2.5" /></>,
    POST: <><rect x="2" y="4.5" width="12" height="9" rx="1" /><path d="M2 4.5 4 2h8l2 2.5M6 8h4" /></>,
    IN_PERSON: <><circle cx="8" cy="4.5" r="2.5" /><path d="M3 14.5c0-3 2.2-5 5-5s5 2 5 5" /></>,
    OTHER: <path d="M3.5 8h.01M8 8h.01M12.5 8h.01" stroke-width="2.5" />,
    // Severity
    LOW: <path d="m4 6 4 4 4-4" />,
    MEDIUM: <path d="M3.5 6h9M3.5 10h9" />,
    HIGH: <path d="m4 10 4-4 4 4" />,
    CRITICAL: <path d="m4 8 4-4 4 4M4 12.5l4-4 4 4" />,
    // Evidence
    ASSUMED: <circle cx="8" cy="8" r="5.5" stroke-dasharray="2.2 2" />,
    PARTIAL: <><circle cx="8" cy="8" r="5.5" /><path d="M8 2.5a5.5 5.5 0 0 1 0 11z" fill="currentColor" /></>,
    VALIDATED: <><circle cx="8" cy="8" r="6" fill="currentColor" /><path d="m5.3 8.2 1.9 1.9 3.6-3.8" stroke="var(--jm-surface, #fff)" /></>,
    // Chrome
    COMMENT: <path d="M2 2.5h12v8.5H7l-3.5 3v-3H2z" />,
    CHECK: <path d="m3.5 8.5 3 3 6-7" />,
    PERSON: <><circle cx="8" cy="5" r="2.8" /><path d="M2.5 14.5c0-3 2.5-5 5.5-5s5.5 2 5.5 5" /></>,
    LANES: <><rect x="2" y="2.5" width="12" height="11" rx="1" /><path d="M2 6.5h12M2 10h12M5.5 2.5v11" /></>,
    ZOOM_IN: <><circle cx="7" cy="7" r="4.5" /><path d="m10.5 10.5 3 3M5 7h4M7 5v4" /></>,
    ZOOM_OUT: <><circle cx="7" cy="7" r="4.5" /><path d="m10.5 10.5 3 3M5 7h4" /></>,
    FIT: <path d="M1.5 8h13M4 5.5 1.5 8 4 10.5M12 5.5 14.5 8 12 10.5" />,
    EXPAND: <path d="M2 6V2h4M10 2h4v4M14 10v4h-4M6 14H2v-4" />,
    COLLAPSE: <path d="M6 2v4H2M14 6h-4V2M10 14v-4h4M2 10h4v4" />,
    PRESENT: <><rect x="1.5" y="2" width="13" height="8.5" rx="1" /><path d="M8 10.5V14M5 14h6" /></>,
    DOWNLOAD: <path d="M8 2v8M4.5 6.5 8 10l3.5-3.5M2.5 13.5h11" />,
    CHEVRON_DOWN: <path d="m4 6 4 4 4-4" />,
    CHEVRON_LEFT: <path d="m10 3-5 5 5 5" />,
    CHEVRON_RIGHT: <path d="m6 3 5 5-5 5" />,
    MORE: <path d="M3.5 8h.01M8 8h.01M12.5 8h.01" stroke-width="2.5" />,
    CLOSE: <path d="m3.5 3.5 9 9M12.5 3.5l-9 9" />,
    EDIT: <path d="M10.5 2.5 13.5 5.5 6 13H3v-3z" />,
} satisfies Record<string, JSX.Element>;

export type IconName = keyof typeof SHAPES;

export const isIconName = (name: string): name is IconName => Object.prototype.hasOwnProperty.call(SHAPES, name);

interface Props {
    readonly name: IconName;
    /** 16 in headers and chrome, 12 inside cards. */
    readonly size?: 12 | 16 | 20;
    readonly class?: string;
}

export function Icon({ name, size = 16, class: extra }: Props) {
    return (
        <svg class={extra ? `jm-icon ${extra}` : 'jm-icon'} viewBox="0 0 16 16" width={size} height={size}
             aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="1.5"
             stroke-linecap="round" stroke-linejoin="round">
            {SHAPES[name]}
        </svg>
    );
}

/** Faces for the emotion scale −2…+2 (mouth from frown to smile). */
const MOUTHS: Record<number, string> = {
    [-2]: 'M5 11.5c1.6-2.2 4.4-2.2 6 0', [-1]: 'M5.5 11c1.4-1.3 3.6-1.3 5 0', 0: 'M5.5 10.5h5',
    1: 'M5.5 9.5c1.4 1.3 3.6 1.3 5 0', 2: 'M5 9c1.6 2.4 4.4 2.4 6 0z',
};

export function Face({ score, label }: { readonly score: number; readonly label: string }) {
    return (
        <svg class="jm-face" viewBox="0 0 16 16" width="16" height="16" role="img" aria-label={label}
             fill="none" stroke="currentColor" stroke-width="1.3" stroke-linecap="round" stroke-linejoin="round">
            <circle cx="8" cy="8" r="6.3" />
            <path d="M6 6.3v.2M10 6.3v.2" stroke-width="1.6" />
            <path d={MOUTHS[score]} />
        </svg>
    );
}
