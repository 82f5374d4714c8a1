// Back to the page, undo and redo, and the save summary of the whole map (after `children`, e.g. presence).

import type { ComponentChildren } from 'preact';
import { useEditor } from './context';

export function Toolbar({ pageUrl, children }: { readonly pageUrl: string; readonly children?: ComponentChildren }) {
    const { store, i18n } = useEditor();
    const unsaved = store.unsaved;
    const summary = store.saving
        ? i18n.text('journeymaps.editor.save.saving')
        : unsaved > 0 ? i18n.text('journeymaps.editor.save.unsaved', unsaved) : i18n.text('journeymaps.editor.save.all');
    return (
        <div class="aui-toolbar2 jm-toolbar" role="toolbar" aria-label={i18n.text('journeymaps.editor.toolbar')}>
            <div class="aui-toolbar2-inner">
                <div class="aui-toolbar2-primary">
                    {pageUrl && <a class="aui-button" href={pageUrl}>{i18n.text('journeymaps.editor.back')}</a>}
                    <button type="button" class="aui-button" disabled={!store.history.canUndo} onClick={() => void store.undo()}
                        aria-keyshortcuts="Control+Z" title={i18n.text('journeymaps.editor.undo.hint')}>
                        <span class="aui-icon aui-icon-small aui-iconfont-undo" aria-hidden="true" /> {i18n.text('journeymaps.editor.undo')}
                    </button>
                    <button type="button" class="aui-button" disabled={!store.history.canRedo} onClick={() => void store.redo()}
                        aria-keyshortcuts="Control+Shift+Z" title={i18n.text('journeymaps.editor.redo.hint')}>
                        <span class="aui-icon aui-icon-small aui-iconfont-redo" aria-hidden="true" /> {i18n.text('journeymaps.editor.redo')}
                    </button>
                </div>
                <div class="aui-toolbar2-secondary">
                    {children}
                    <span class={`jm-save-summary${unsaved > 0 ? ' jm-save-summary-warn' : ''}`} role="status"
                        data-state={store.saving ? 'saving' : unsaved > 0 ? 'unsaved' : 'saved'}>{summary}</span>
                </div>
            </div>
        </div>
    );
}
