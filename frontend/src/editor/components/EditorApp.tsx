// The editor page: toolbar, map header, personas, the grid, the confirmation dialog and the live region
// that announces moves, undo and errors to screen readers.

import { useEffect, useMemo, useState } from 'preact/hooks';
import type { LiveSession } from '../../live/session';
import { PresenceList } from '../../live/PresenceList';
import type { EditorRoot } from '../root';
import type { EditorStore } from '../store';
import { isRedo, isUndo } from '../keys';
import { CommentsHost } from '../../comments/CommentsHost';
import { ConfirmDialog } from './ConfirmDialog';
import { EditorContext, useStoreVersion } from './context';
import { HistorySection } from '../../history/HistorySection';
import { Grid } from './Grid';
import { MapHeader } from './MapHeader';
import { PersonaBar } from './PersonaBar';
import { Toolbar } from './Toolbar';

function isTextField(target: EventTarget | null): boolean {
    return target instanceof HTMLElement && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.isContentEditable);
}

export function EditorApp({ store, root, live }: { readonly store: EditorStore; readonly root: EditorRoot; readonly live?: LiveSession }) {
    useStoreVersion(store);
    const [question, setQuestion] = useState<{ message: string; answer: (ok: boolean) => void } | undefined>();
    const context = useMemo(() => ({
        store,
        i18n: store.i18n,
        confirm: (message: string) => new Promise<boolean>((resolve) => setQuestion({ message, answer: resolve })),
    }), [store]);

    useEffect(() => {
        const onKey = (e: KeyboardEvent) => {
            // In a text field, Ctrl+Z undoes typing (the browser's); elsewhere it undoes the last edit.
            if (isTextField(e.target)) {
                return;
            }
            if (isUndo(e)) {
                e.preventDefault();
                void store.undo();
            } else if (isRedo(e)) {
                e.preventDefault();
                void store.redo();
            }
        };
        const onLeave = (e: BeforeUnloadEvent) => {
            if (store.saving || store.unsaved > 0) {
                e.preventDefault();
            }
        };
        document.addEventListener('keydown', onKey);
        window.addEventListener('beforeunload', onLeave);
        return () => {
            document.removeEventListener('keydown', onKey);
            window.removeEventListener('beforeunload', onLeave);
        };
    }, [store]);

    return (
        <EditorContext.Provider value={context}>
            <CommentsHost mapId={store.map.id} mapTitle={store.map.title} permissions={store.map.permissions} i18n={store.i18n}>
            <div class="jm-editor-app">
                <Toolbar pageUrl={root.pageUrl}>{live && <PresenceList live={live} i18n={store.i18n} />}</Toolbar>
                <MapHeader />
                <PersonaBar />
                {store.notice && <div class="aui-message aui-message-error jm-notice" role="alert"><p>{store.notice}</p></div>}
                <p class="jm-help">{store.i18n.text('journeymaps.editor.help')}</p>
                <Grid />
                <HistorySection map={store.map} i18n={store.i18n} />
                <div class="assistive jm-live" aria-live="polite" role="status">{store.announcement}</div>
                {question && <ConfirmDialog message={question.message} onAnswer={(ok) => { setQuestion(undefined); question.answer(ok); }} />}
            </div>
            </CommentsHost>
        </EditorContext.Provider>
    );
}
