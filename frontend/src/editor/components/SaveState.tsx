// An element's save state: "Saving…", "Saved", an error with the server's message (retry, discard), or a
// conflict showing their version beside the user's, with the choice of which to keep.

import type { Kind } from '../store';
import { keyOf } from '../store';
import { useEditor } from './context';

interface Props {
    readonly kind: Kind;
    readonly id: number;
    /** The field shown side by side in a conflict (e.g. text, name, title). */
    readonly field: string;
    readonly label: string;
}

export function SaveState({ kind, id, field, label }: Props) {
    const { store, i18n } = useEditor();
    const state = store.saves.get(keyOf(kind, id));
    if (state === undefined) {
        return null;
    }
    if (state.status === 'saving' || state.status === 'saved') {
        return (
            <span class={`jm-save jm-save-${state.status}`}>
                {i18n.text(`journeymaps.editor.save.${state.status}`)}
            </span>
        );
    }
    if (state.status === 'error') {
        return (
            <div class="jm-save jm-save-error" role="alert">
                <span>{i18n.text('journeymaps.editor.save.error', state.message ?? '')}</span>
                <button type="button" class="aui-button aui-button-link" onClick={() => void store.retry(kind, id, label)}>
                    {i18n.text('journeymaps.editor.save.retry')}
                </button>
                <button type="button" class="aui-button aui-button-link" onClick={() => store.discard(kind, id)}>
                    {i18n.text('journeymaps.editor.save.discard')}
                </button>
            </div>
        );
    }
    const show = (value: unknown) => (value === undefined || value === null || value === '' ? '—' : String(value));
    return (
        <div class="jm-conflict" role="alert">
            <strong>{i18n.text('journeymaps.editor.conflict.title')}</strong>
            <dl>
                <dt>{i18n.text('journeymaps.editor.conflict.theirs')}</dt>
                <dd class="jm-conflict-theirs">{show(state.theirs?.[field])}</dd>
                <dt>{i18n.text('journeymaps.editor.conflict.mine')}</dt>
                <dd class="jm-conflict-mine">{show(state.mine?.[field] ?? store.element(kind, id)?.[field as 'id'])}</dd>
            </dl>
            <button type="button" class="aui-button" onClick={() => void store.keepMine(kind, id, label)}>
                {i18n.text('journeymaps.editor.conflict.keepMine')}
            </button>
            <button type="button" class="aui-button" onClick={() => store.takeTheirs(kind, id)}>
                {i18n.text('journeymaps.editor.conflict.takeTheirs')}
            </button>
        </div>
    );
}

/** The server's message for one field of an element, if its last save was refused for it. */
export function useFieldError(kind: Kind, id: number, field: string): string | undefined {
    const { store } = useEditor();
    return store.saves.get(keyOf(kind, id))?.fieldErrors?.find((e) => e.field === field)?.message;
}
