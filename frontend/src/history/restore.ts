// What a restore did, in words, from the comparison of the map as it was with the version restored: elements the
// version has and the map had not come back, those the map had and the version has not go, the others change.

import type { I18n } from '../common/i18n';
import type { ElementChange } from './api';

export function restoreSummary(changes: readonly ElementChange[], version: number, i18n: I18n): string {
    const count = (kind: ElementChange['change']) => changes.filter((c) => c.change === kind && c.type !== 'MAP').length;
    return i18n.text('journeymaps.history.restored.summary', version, count('ADDED'), count('REMOVED'), count('CHANGED'));
}
