// Entry of the journey-map-editor web resource: mounts the editor on the editor page's root element.
import 'wr-dependency!com.atlassian.auiplugin:ajs';
import './editor.css';
import { render } from 'preact';
import { getMap } from '../common/api/maps';
import { loadI18n } from '../common/i18n';
import { startEditorLive } from '../live/editorLive';
import { restApi } from './api';
import { EditorApp } from './components/EditorApp';
import { readEditorRoot } from './root';
import { EditorStore } from './store';

async function mount(): Promise<void> {
    const root = readEditorRoot();
    if (root === undefined) {
        return;
    }
    try {
        const [i18n, map] = await Promise.all([loadI18n(), getMap(root.mapId)]);
        root.element.replaceChildren();
        const store = new EditorStore(map, i18n, restApi);
        render(<EditorApp store={store} root={root} live={startEditorLive(store)} />, root.element);
    } catch (e) {
        // The server's message (already in the user's language) is all there is to show before the texts load.
        const message = document.createElement('div');
        message.className = 'aui-message aui-message-error';
        message.setAttribute('role', 'alert');
        message.textContent = e instanceof Error ? e.message : String(e);
        root.element.replaceChildren(message);
    }
}

if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', () => void mount());
} else {
    void mount();
}
