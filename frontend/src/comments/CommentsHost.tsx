// Loads a map's comments and gives its elements badges (through CommentsContext) and the panel, a drawer over the
// map's right side, so the map keeps its width. Every write, and every comment change the live session sees,
// reloads the list, so counts and threads show what the server holds. Closing the panel returns focus to where
// it was opened from (the element's badge).

import './comments.css';
import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { MapPermissions } from '../common/api/maps';
import type { I18n } from '../common/i18n';
import { onCommentsChanged } from '../live/commentsChanged';
import { listComments, type Comment } from './api';
import { CommentsContext, type CommentsApi } from './context';
import { CommentsPanel } from './CommentsPanel';
import { markTarget } from './highlight';
import { anchorKey, commentsGoingWith, MAP_ANCHOR, openThreadCounts, type Anchor } from './model';

interface Props {
    readonly mapId: number;
    readonly mapTitle: string;
    readonly permissions: MapPermissions;
    readonly i18n: I18n;
    readonly children: ComponentChildren;
    /** The host shows its own "Comments" button (through the context's toggleAll). */
    readonly ownToggle?: boolean;
}

/** The signed-in user's key, as Confluence puts it in the page's meta tags ('' when anonymous). */
function currentUserKey(): string {
    return document.querySelector<HTMLMetaElement>('meta[name="ajs-remote-user-key"]')?.content ?? '';
}

export function CommentsHost({ mapId, mapTitle, permissions, i18n, children, ownToggle }: Props) {
    const [comments, setComments] = useState<readonly Comment[]>([]);
    const [panel, setPanel] = useState<{ anchor: Anchor | null; label: string } | null>(null);
    /** What each badge calls its element, by anchor key: names the threads of the map-wide list. */
    const names = useRef(new Map<string, string>());
    const opener = useRef<HTMLElement | null>(null);
    const root = useRef<HTMLDivElement>(null);
    const target = panel?.anchor ?? null;
    useEffect(() => (target && root.current ? markTarget(root.current, target) : undefined), [target?.type, target?.id]);
    const show = useCallback((anchor: Anchor | null, label: string) => {
        if (!document.activeElement?.closest('.jm-comments-panel')) {
            opener.current = document.activeElement as HTMLElement | null;
        }
        setPanel({ anchor, label });
    }, []);
    const close = useCallback(() => {
        setPanel(null);
        opener.current?.focus();
    }, []);
    const reload = useCallback(() => listComments(mapId).then(setComments, () => undefined), [mapId]);
    useEffect(() => { void reload(); }, [reload]);
    useEffect(() => onCommentsChanged(mapId, () => void reload()), [mapId, reload]);

    const api = useMemo<CommentsApi>(() => {
        const counts = openThreadCounts(comments);
        const resolved = openThreadCounts(comments, true);
        return {
            openCount: (anchor) => counts.get(anchorKey(anchor)) ?? 0,
            resolvedCount: (anchor) => resolved.get(anchorKey(anchor)) ?? 0,
            canComment: permissions.comment,
            open: show,
            target,
            name: (anchor, label) => names.current.set(anchorKey(anchor), label),
            toggleAll: () => (panel ? close() : show(null, '')),
            goingWith: (question, deleted) => {
                const count = commentsGoingWith(comments, deleted);
                return count > 0 ? i18n.text('journeymaps.comments.goWith', question, count) : question;
            },
        };
    }, [comments, i18n, permissions.comment, target, show, close, panel]);

    const total = comments.filter((c) => c.parentId === null && !c.resolved).length;
    return (
        <CommentsContext.Provider value={api}>
            <div ref={root} class={panel ? 'jm-with-comments jm-comments-shown' : 'jm-with-comments'}>
                <div class="jm-comments-main">
                    {!ownToggle && (
                        <button type="button" class="aui-button jm-comments-toggle" aria-expanded={panel !== null}
                                onClick={() => (panel ? close() : show(null, ''))}>
                            {i18n.text('journeymaps.comments.open')} <span class="aui-badge">{total}</span>
                        </button>
                    )}
                    {children}
                </div>
                {panel && (
                    <CommentsPanel mapId={mapId} comments={comments} anchor={panel.anchor}
                                   anchorLabel={panel.label || i18n.text('journeymaps.comments.anchor.map')}
                                   newAnchor={panel.anchor ?? MAP_ANCHOR} mapTitle={mapTitle}
                                   permissions={permissions} userKey={currentUserKey()} i18n={i18n}
                                   onChanged={reload} onShowAll={() => setPanel({ anchor: null, label: '' })}
                                   nameOf={(anchor) => names.current.get(anchorKey(anchor))}
                                   onShowElement={(anchor, label) => setPanel({ anchor, label })} onClose={close} />
                )}
            </div>
        </CommentsContext.Provider>
    );
}
