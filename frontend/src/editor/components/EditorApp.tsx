// The editor page: header bar, second bar, the canvas with the side panel of the selection, the confirmation
// dialog and the live region that announces moves, undo and errors to screen readers.

import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { JourneyState } from '../../common/api/maps';
import type { LiveSession } from '../../live/session';
import { PresenceList } from '../../live/PresenceList';
import type { EditorRoot } from '../root';
import type { EditorStore } from '../store';
import { isRedo, isUndo } from '../keys';
import { canvasId, stillThere, type Selection } from '../selection';
import { addElement } from '../structure';
import { columnWidth, editorZoomIn, editorZoomOut, fitZoom } from '../zoom';
import { CommentsHost } from '../../comments/CommentsHost';
import { useComments } from '../../comments/context';
import { ConfirmDialog } from './ConfirmDialog';
import { EditorBar } from './EditorBar';
import { EditorContext, useEditor, useStoreVersion } from './context';
import { EditorHeader } from './EditorHeader';
import { Grid } from './Grid';
import { SidePanel } from './SidePanel';

function isTextField(target: EventTarget | null): boolean {
    return target instanceof HTMLElement && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.isContentEditable);
}

interface CanvasProps {
    readonly root: EditorRoot;
    readonly live?: LiveSession | undefined;
    /** Bumped when the side panel should take the focus. */
    readonly focusRequest: number;
}

function Canvas({ root, live, focusRequest }: CanvasProps) {
    const { store, i18n, selection, select } = useEditor();
    const comments = useComments();
    const [curve, setCurve] = useState<JourneyState>('CURRENT');
    const [zoom, setZoom] = useState(1);
    const [focusCard, setFocusCard] = useState<number | undefined>();
    const scroller = useRef<HTMLDivElement>(null);
    const [room, setRoom] = useState(0);
    const shown = stillThere(selection, store.map);

    useEffect(() => {
        const box = scroller.current;
        if (box === null || typeof ResizeObserver === 'undefined') {
            return undefined;
        }
        const observer = new ResizeObserver(() => setRoom(box.clientWidth - 16));
        observer.observe(box);
        return () => observer.disconnect();
    }, []);

    const fit = () => {
        const box = scroller.current;
        const table = box?.querySelector('table');
        if (box && table) {
            setZoom(fitZoom(box.clientWidth - 16, table.scrollWidth));
        }
    };
    const add = (axis: 'stage' | 'lane') => {
        const name = i18n.text(`journeymaps.editor.${axis}.defaultName`, (axis === 'stage' ? store.map.stages : store.map.lanes).length + 1);
        void addElement(store, axis, name, axis === 'lane' ? 'ACTIONS' : undefined).then((id) => {
            if (id !== undefined) {
                select?.({ kind: axis, id }, true);
            }
        });
    };
    return (
        <div class="jm-editor-app jm-canvas-root">
            <EditorHeader pageUrl={root.pageUrl} presence={live && <PresenceList live={live} i18n={i18n} />}
                onComments={() => comments?.toggleAll?.()} />
            <EditorBar onAdd={add} curve={curve} onCurve={setCurve} zoom={zoom}
                onZoom={(d) => setZoom(d > 0 ? editorZoomIn(zoom) : editorZoomOut(zoom))} onFit={fit} />
            {store.notice && <div class="aui-message aui-message-error jm-notice" role="alert"><p>{store.notice}</p></div>}
            <div class="jm-editor-body">
                <div class="jm-editor-canvas" ref={scroller} role="region" aria-label={i18n.text('journeymaps.editor.canvas')}
                    style={{ '--jm-col': `${columnWidth(room, store.map.stages.length, zoom)}px` }}>
                    <Grid curve={curve} zoom={zoom} focusCard={focusCard} onAdded={setFocusCard} />
                </div>
                {shown && <SidePanel selection={shown} curve={curve} focusRequest={focusRequest} />}
            </div>
            <div class="assistive jm-live" aria-live="polite" role="status">{store.announcement}</div>
        </div>
    );
}

export function EditorApp({ store, root, live }: { readonly store: EditorStore; readonly root: EditorRoot; readonly live?: LiveSession }) {
    useStoreVersion(store);
    const [question, setQuestion] = useState<{ message: string; answer: (ok: boolean) => void } | undefined>();
    const [selection, setSelection] = useState<Selection | undefined>();
    const [focusRequest, setFocusRequest] = useState(0);
    const context = useMemo(() => ({
        store,
        i18n: store.i18n,
        confirm: (message: string) => new Promise<boolean>((resolve) => setQuestion({ message, answer: resolve })),
        selection,
        select: (next: Selection | undefined, focusPanel = false) => {
            setSelection(next);
            if (next === undefined && selection !== undefined) {
                // Closing the panel puts the focus back where the user was on the canvas.
                window.setTimeout(() => document.getElementById(canvasId(selection))?.focus());
            } else if (focusPanel) {
                setFocusRequest((n) => n + 1);
            }
        },
    }), [store, selection]);

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
            <CommentsHost mapId={store.map.id} mapTitle={store.map.title} permissions={store.map.permissions} i18n={store.i18n} ownToggle>
                <Canvas root={root} live={live} focusRequest={focusRequest} />
                {question && <ConfirmDialog message={question.message} onAnswer={(ok) => { setQuestion(undefined); question.answer(ok); }} />}
            </CommentsHost>
        </EditorContext.Provider>
    );
}
