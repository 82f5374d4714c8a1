// The Jira roll-up of pain points, from the cards' links: a pain point counts once it has a linked issue,
// and is resolved when all its issues are done. Cards without links are not counted (nothing to roll up).

import type { Card } from '../common/api/cards';
import { toneOf } from '../jira/lozenge';

export interface Resolution {
    readonly resolved: number;
    readonly total: number;
}

export function resolution(cards: readonly Card[]): Resolution | undefined {
    const linked = cards.filter((card) => (card.issues ?? []).length > 0);
    if (linked.length === 0) {
        return undefined;
    }
    const resolved = linked.filter((card) => (card.issues ?? []).every((i) => toneOf(i.statusCategory) === 'done')).length;
    return { resolved, total: linked.length };
}
