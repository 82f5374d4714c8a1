// The side panel's way into an element's discussion: its open-thread count and a link opening the thread.

import { useComments } from '../../comments/context';
import type { Anchor } from '../../comments/model';
import { useEditor } from './context';

export function ThreadLink({ anchor, label }: { readonly anchor: Anchor; readonly label: string }) {
    const { i18n } = useEditor();
    const comments = useComments();
    if (!comments) {
        return null;
    }
    const count = comments.openCount(anchor);
    return (
        <div class="jm-panel-field jm-panel-thread">
            <span class="jm-panel-label">{i18n.text('journeymaps.editor.panel.thread')}</span>
            <button type="button" class="aui-button aui-button-link" onClick={() => comments.open(anchor, label)}>
                {count > 0 ? i18n.text('journeymaps.editor.panel.thread.count', count) : i18n.text('journeymaps.editor.panel.thread.start')}
            </button>
        </div>
    );
}
