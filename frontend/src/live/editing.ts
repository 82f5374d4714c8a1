// Which element the user is editing right now, read from the focused field: the editor's fields carry ids
// like `jm-card-30-text`, `jm-stage-10-name` and `jm-map-title`, and card fields sit inside `[data-card-id]`.

import { keyOf } from '../editor/store';

export function editingKey(doc: Document = document): string | undefined {
    const field = doc.activeElement;
    if (!(field instanceof HTMLElement) || !['INPUT', 'TEXTAREA', 'SELECT'].includes(field.tagName)) {
        return undefined;
    }
    const named = /^jm-(card|stage|lane)-(\d+)-/.exec(field.id);
    if (named !== null) {
        return keyOf(named[1] as 'card' | 'stage' | 'lane', Number(named[2]));
    }
    if (field.id.startsWith('jm-map-')) {
        return keyOf('map', 0);
    }
    const card = field.closest<HTMLElement>('[data-card-id]');
    return card === null ? undefined : keyOf('card', Number(card.dataset.cardId));
}
