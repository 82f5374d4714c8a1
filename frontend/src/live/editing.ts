// Which element the user is typing in right now: the focused field holds text the store does not have yet.
// The editor's text fields carry ids like `jm-card-30-text`, `jm-stage-10-name` and `jm-map-title` (in-place
// editing on the canvas adds `-inplace`). A focused field whose text was committed (Enter) is not "being
// edited": remote changes may replace it.

import { keyOf, type EditorStore, type Kind } from '../editor/store';

interface FocusedField {
    readonly kind: Kind;
    readonly id: number;
    readonly field: string;
    readonly value: string;
}

function focusedField(doc: Document): FocusedField | undefined {
    const element = doc.activeElement;
    if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement)) {
        return undefined;
    }
    const named = /^jm-(card|stage|lane)-(\d+)-(\w+?)(?:-inplace)?$/.exec(element.id);
    if (named !== null) {
        return { kind: named[1] as Kind, id: Number(named[2]), field: named[3] ?? '', value: element.value };
    }
    const mapField = /^jm-map-(title|description)$/.exec(element.id);
    return mapField === null ? undefined : { kind: 'map', id: 0, field: mapField[1] ?? '', value: element.value };
}

/** The store key of the element whose focused field holds unsaved typing, if any. */
export function editingKey(store: EditorStore, doc: Document = document): string | undefined {
    const focused = focusedField(doc);
    if (focused === undefined) {
        return undefined;
    }
    const element = store.element(focused.kind, focused.kind === 'map' ? store.map.id : focused.id) as unknown as
        Record<string, unknown> | undefined;
    const stored = element?.[focused.field];
    return String(stored ?? '') === focused.value ? undefined : keyOf(focused.kind, focused.id);
}
