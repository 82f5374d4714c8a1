// Small text helpers of the canvas: French-style plurals (0 and 1 take the singular) through two keys,
// `prefix.one` and `prefix.other` (the prefix ends with a dot), and the CSS class of a lane type.

import type { LaneType } from '../common/api/lanes';
import type { I18n } from '../common/i18n';

export function plural(i18n: I18n, prefix: string, count: number, ...args: ReadonlyArray<string | number>): string {
    return i18n.text(`${prefix}${Math.abs(count) < 2 ? 'one' : 'other'}`, ...args);
}

export const cssName = (value: string): string => value.toLowerCase().replace(/_/g, '-');

export const laneClass = (type: LaneType): string => `jm-lane-${cssName(type)}`;

/** Initials for an avatar: "Bob Durand" → "BD", "bob" → "B". */
export function initials(name: string): string {
    const parts = name.trim().split(/[\s._-]+/).filter((p) => p !== '');
    return parts.slice(0, 2).map((p) => p[0].toUpperCase()).join('');
}

/** "−2", "0", "+1": the score with a real minus sign. */
export const signedScore = (score: number): string => (score > 0 ? `+${score}` : score < 0 ? `\u2212${-score}` : '0');
