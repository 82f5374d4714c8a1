// The editor's header bar: back to the page, the map's title and state (both open the map's panel), the save
// state, undo and redo, who else is here, comments, preview and "Done".

import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import { useEditor } from './context';

/** When the map was last saved: the load time of the map, then each moment the last pending write lands. */
function useSavedAt(saving: boolean, updatedAt: string): Date {
    const last = useRef({ saving, at: new Date(updatedAt) });
    if (last.current.saving && !saving) {
        last.current.at = new Date();
    }
    last.current.saving = saving;
    return last.current.at;
}

interface Props {
    readonly pageUrl: string;
    readonly presence?: ComponentChildren;
    readonly onComments: () => void;
}

export function EditorHeader({ pageUrl, presence, onComments }: Props) {
    const { store, i18n, select } = useEditor();
    const map = store.map;
    const unsaved = store.unsaved;
    const savedAt = useSavedAt(store.saving, map.updatedAt);
    const state = store.saving ? 'saving' : unsaved > 0 ? 'unsaved' : 'saved';
    const summary = state === 'saving' ? i18n.text('journeymaps.editor.save.saving')
        : state === 'unsaved' ? i18n.text('journeymaps.editor.save.unsaved', unsaved)
            : i18n.text('journeymaps.editor.save.at', savedAt.getHours(), String(savedAt.getMinutes()).padStart(2, '0'));
    const openMap = () => select?.({ kind: 'map', id: map.id }, true);
    return (
        <header class="jm-editor-header">
            {pageUrl && (
                <a class="aui-button aui-button-subtle jm-icon-button jm-back" href={pageUrl}
                    aria-label={i18n.text('journeymaps.editor.back')} title={i18n.text('journeymaps.editor.back')}>
                    <span class="aui-icon aui-icon-small aui-iconfont-arrow-left" aria-hidden="true" />
                </a>
            )}
            <h1 class="jm-editor-title">
                <button type="button" class="jm-title-button" onClick={openMap} title={i18n.text('journeymaps.editor.map.title')}>{map.title}</button>
            </h1>
            <button type="button" class={`jm-state-lozenge jm-state-${map.state}`} onClick={openMap}
                aria-label={i18n.text('journeymaps.editor.map.state.named', i18n.text(`journeymaps.state.${map.state}`))}>
                {i18n.text(`journeymaps.state.${map.state}`)}
            </button>
            <span class={`jm-save-summary jm-save-summary-${state}`} role="status" data-state={state}>
                {state === 'saved' && <span class="aui-icon aui-icon-small aui-iconfont-check-circle" aria-hidden="true" />} {summary}
            </span>
            <div class="jm-header-end" role="toolbar" aria-label={i18n.text('journeymaps.editor.toolbar')}>
                <button type="button" class="aui-button aui-button-subtle jm-icon-button" disabled={!store.history.canUndo} onClick={() => void store.undo()}
                    aria-keyshortcuts="Control+Z" aria-label={i18n.text('journeymaps.editor.undo')} title={i18n.text('journeymaps.editor.undo.hint')}>
                    <span class="aui-icon aui-icon-small aui-iconfont-undo" aria-hidden="true" />
                </button>
                <button type="button" class="aui-button aui-button-subtle jm-icon-button" disabled={!store.history.canRedo} onClick={() => void store.redo()}
                    aria-keyshortcuts="Control+Shift+Z" aria-label={i18n.text('journeymaps.editor.redo')} title={i18n.text('journeymaps.editor.redo.hint')}>
                    <span class="aui-icon aui-icon-small aui-iconfont-redo" aria-hidden="true" />
                </button>
                {presence}
                <button type="button" class="aui-button aui-button-subtle jm-comments-button" onClick={onComments}>
                    <span class="aui-icon aui-icon-small aui-iconfont-comment" aria-hidden="true" /> {i18n.text('journeymaps.comments.open')}
                </button>
                {pageUrl && (
                    <a class="aui-button aui-button-subtle" href={pageUrl} target="_blank" rel="noopener noreferrer" title={i18n.text('journeymaps.editor.preview.hint')}>
                        <span class="aui-icon aui-icon-small aui-iconfont-watch" aria-hidden="true" /> {i18n.text('journeymaps.editor.preview')}
                    </a>
                )}
                {pageUrl && <a class="aui-button aui-button-primary jm-done" href={pageUrl} title={i18n.text('journeymaps.editor.done.hint')}>{i18n.text('journeymaps.editor.done')}</a>}
            </div>
        </header>
    );
}
