// Loads a map's comments and gives its elements badges (through CommentsContext) and the side panel. Every write,
// and every comment change the live session sees, reloads the list, so counts and threads show what the server holds.

import './comments.css';
import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { MapPermissions } from '../common/api/maps';
import type { I18n } from '../common/i18n';
import { onCommentsChanged } from '../live/commentsChanged';
import { listComments, type Comment } from './api';
import { CommentsContext, type CommentsApi } from './context';
import { CommentsPanel } from './CommentsPanel';
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
            open: (anchor, label) => setPanel({ anchor, label }),
            toggleAll: () => setPanel((shown) => (shown ? null : { anchor: null, label: '' })),
            goingWith: (deleted) => {
                const count = commentsGoingWith(comments, deleted);
                return count > 0 ? ' ' + i18n.text('journeymaps.comments.goWith', count) : '';
            },
        };
    }, [comments, i18n, permissions.comment]);

    const total = comments.filter((c) => c.parentId === null && !c.resolved).length;
    return (
        <CommentsContext.Provider value={api}>
            <div class={panel ? 'jm-with-comments jm-comments-shown' : 'jm-with-comments'}>
                <div class="jm-comments-main">
                    {!ownToggle && (
                        <button type="button" class="aui-button jm-comments-toggle" aria-expanded={panel !== null}
                                onClick={() => setPanel(panel ? null : { anchor: null, label: '' })}>
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
                                   onClose={() => setPanel(null)} />
                )}
            </div>
        </CommentsContext.Provider>
    );
}
