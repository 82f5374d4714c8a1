// A space's branding as the map's look uses it: the --jm-* CSS custom properties (see canvas CSS, which falls
// back to AUI's colours when they are absent) and the contrast rule the admin page warns with.

import type { Branding } from './api/branding';

export type BrandingTokens = Readonly<Record<string, string>>;

/**
 * The custom properties for a map's root element, or none when branding is off (or missing), so the map keeps
 * AUI's look. The server renders the same set on its static roots.
 */
export function brandingTokens(branding: Branding | null | undefined): BrandingTokens {
    if (!branding?.enabled) {
        return {};
    }
    const tokens: Record<string, string> = {
        '--jm-brand': branding.brand,
        '--jm-brand-text': branding.brandText,
    };
    branding.phaseColours.forEach((colour, i) => {
        tokens[`--jm-phase-${i + 1}`] = colour;
        tokens[`--jm-phase-${i + 1}-text`] = branding.phaseTextColours[i] ?? readableText(colour);
    });
    return tokens;
}

/** Sets the tokens on `root` (removing any earlier ones), e.g. for the viewer or an exported SVG's root. */
export function applyBrandingTokens(root: HTMLElement | SVGElement, branding: Branding | null | undefined): void {
    for (const name of Array.from(root.style)) {
        if (name.startsWith('--jm-brand') || name.startsWith('--jm-phase-')) {
            root.style.removeProperty(name);
        }
    }
    for (const [name, value] of Object.entries(brandingTokens(branding))) {
        root.style.setProperty(name, value);
    }
}

const WHITE = '#FFFFFF';
const DARK_TEXT = '#172B4D';
/** WCAG 2 AA for normal text. */
export const READABLE_CONTRAST = 4.5;

/** `#RRGGBB` in either case. */
export function isHexColour(value: string): boolean {
    return /^#[0-9A-Fa-f]{6}$/.test(value);
}

/** WCAG 2 contrast ratio of two `#RRGGBB` colours (1 to 21); the server's rule, for live previews. */
export function contrast(a: string, b: string): number {
    const [lighter, darker] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (lighter + 0.05) / (darker + 0.05);
}

/** White or the dark text, whichever contrasts more with `colour` (as the server chooses). */
export function readableText(colour: string): string {
    return contrast(colour, WHITE) >= contrast(colour, DARK_TEXT) ? WHITE : DARK_TEXT;
}

/** Whether white text on `colour` falls short of 4.5:1 (the admin page warns; nothing is refused). */
export function tooLightForWhiteText(colour: string): boolean {
    return contrast(colour, WHITE) < READABLE_CONTRAST;
}

function luminance(hex: string): number {
    const channel = (start: number): number => {
        const c = parseInt(hex.slice(start, start + 2), 16) / 255;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}
