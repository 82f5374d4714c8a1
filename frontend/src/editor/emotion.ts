// The emotion curve's geometry and input: scores −2…+2, drawn top (+2) to bottom (−2).

import type { EmotionScore } from '../common/api/emotions';

export const MIN_SCORE = -2;
export const MAX_SCORE = 2;

function clampScore(value: number): EmotionScore {
    return Math.max(MIN_SCORE, Math.min(MAX_SCORE, Math.round(value))) as EmotionScore;
}

/** The score a point dragged to `y` (0 = top) in a band of `height` pixels stands for. */
export function scoreAtY(y: number, height: number): EmotionScore {
    if (height <= 0) {
        return 0;
    }
    const fraction = Math.max(0, Math.min(1, y / height));
    return clampScore(MAX_SCORE - fraction * (MAX_SCORE - MIN_SCORE));
}

/** The y of a score's point in a band of `height` pixels. */
export function yOfScore(score: number, height: number): number {
    return ((MAX_SCORE - score) / (MAX_SCORE - MIN_SCORE)) * height;
}

/** A typed score ("+2", "-1", "0", "−1" with a minus sign), or undefined when it is not one of −2…+2. */
export function parseScore(typed: string): EmotionScore | undefined {
    const text = typed.trim().replace('\u2212', '-');
    if (!/^[+-]?[0-2]$/.test(text)) {
        return undefined;
    }
    return Number(text) as EmotionScore;
}

/** The score one step up or down (arrow keys), kept inside −2…+2. */
export function stepScore(score: number, step: number): EmotionScore {
    return clampScore(score + step);
}

/** The i18n key naming a score's level (as the viewer and macro do). */
export function levelKey(score: number): string {
    const names: Record<number, string> = { [-2]: 'minus2', [-1]: 'minus1', 0: 'zero', 1: 'plus1', 2: 'plus2' };
    return `journeymaps.emotion.level.${names[clampScore(score)]}`;
}

/** "+2", "0", "-1": a score as typed. */
export function formatScore(score: number): string {
    return score > 0 ? `+${score}` : String(score);
}
