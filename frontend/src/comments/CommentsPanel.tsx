// The side panel: threads (open, resolved or all; of one element or of the whole map), each with its replies and
// actions, and a box to start a thread on the chosen element.

import { useEffect, useRef, useState } from 'preact/hooks';
import type { MapPermissions } from '../common/api/maps';
import type { I18n } from '../common/i18n';
import { ApiError } from '../common/http';
import { createComment, type Comment } from './api';
import { CommentItem } from './CommentItem';
import { MentionInput } from './MentionInput';
import { anchorOf, threadsOf, visibleThreads, type Anchor, type ThreadFilter } from './model';

export interface PanelProps {
    readonly mapId: number;
    readonly comments: readonly Comment[];
    /** The element whose threads are shown; null shows the whole map's. */
    readonly anchor: Anchor | null;
    readonly anchorLabel: string;
    readonly newAnchor: Anchor;
    readonly mapTitle: string;
    readonly permissions: MapPermissions;
    readonly userKey: string;
    readonly i18n: I18n;
    readonly onChanged: () => Promise<unknown>;
    readonly onShowAll: () => void;
    /** What an element is called on the map (undefined when it is not shown, e.g. filtered out or deleted). */
    readonly nameOf: (anchor: Anchor) => string | undefined;
    /** Shows one element's threads (and marks it on the map). */
    readonly onShowElement: (anchor: Anchor, label: string) => void;
    readonly onClose: () => void;
}

export const errorText = (i18n: I18n, e: unknown) =>
    i18n.text('journeymaps.comments.error', e instanceof ApiError ? e.message : String(e));

export function CommentsPanel(props: PanelProps) {
    const { mapId, comments, anchor, anchorLabel, newAnchor, permissions, i18n, onChanged, onClose } = props;
    const [filter, setFilter] = useState<ThreadFilter>('open');
    const [draft, setDraft] = useState('');
    const [error, setError] = useState('');
    const heading = useRef<HTMLHeadingElement>(null);
    useEffect(() => heading.current?.focus(), [anchor?.type, anchor?.id]);

    const post = async () => {
        if (!draft.trim()) {
            return;
        }
        try {
            await createComment(mapId, { anchorType: newAnchor.type, anchorId: newAnchor.id, body: draft });
            setDraft('');
            setError('');
            await onChanged();
        } catch (e) {
            setError(errorText(i18n, e));
        }
    };

    const threads = visibleThreads(threadsOf(comments), filter, anchor);
    return (
        <aside class="jm-comments-panel" aria-labelledby="jm-comments-heading"
               onKeyDown={(e) => {
                   if (e.key === 'Escape' && !e.defaultPrevented) {
                       e.preventDefault();
                       onClose();
                   }
               }}>
            <header class="jm-comments-header">
                <h2 id="jm-comments-heading" tabIndex={-1} ref={heading}>
                    {i18n.text('journeymaps.comments.title.on', anchorLabel)}
                </h2>
                <button type="button" class="aui-button aui-button-subtle" onClick={onClose}
                        aria-label={i18n.text('journeymaps.comments.close')}>×</button>
            </header>
            <div class="jm-comments-filters">
                <label>
                    {i18n.text('journeymaps.comments.filter')}{' '}
                    <select class="select" value={filter}
                            onChange={(e) => setFilter(e.currentTarget.value as ThreadFilter)}>
                        {(['open', 'resolved', 'all'] as const).map((f) => (
                            <option key={f} value={f}>{i18n.text(`journeymaps.comments.filter.${f}`)}</option>
                        ))}
                    </select>
                </label>
                {anchor && (
                    <button type="button" class="aui-button aui-button-link" onClick={props.onShowAll}>
                        {i18n.text('journeymaps.comments.anchor.map')}
                    </button>
                )}
            </div>
            {permissions.comment && (
                <div class="jm-comment-new">
                    <MentionInput value={draft} onInput={setDraft} onSubmit={() => void post()} i18n={i18n}
                                  label={i18n.text('journeymaps.comments.new.label', anchorLabel)} autoFocus={false} />
                    <button type="button" class="aui-button aui-button-primary jm-comment-post" onClick={() => void post()}
                            disabled={!draft.trim()}>
                        {i18n.text('journeymaps.comments.post')}
                    </button>
                </div>
            )}
            {error && <div class="aui-message aui-message-error" role="alert"><p>{error}</p></div>}
            {threads.length === 0
                ? <p class="jm-comments-empty">{i18n.text('journeymaps.comments.empty')}</p>
                : (
                    <ol class="jm-threads">
                        {threads.map((thread) => (
                            <li key={thread.root.id} class={thread.root.resolved ? 'jm-comment-thread jm-resolved' : 'jm-comment-thread'}>
                                {anchor === null && <ThreadElement {...props} element={anchorOf(thread.root)} />}
                                <CommentItem {...props} comment={thread.root} thread />
                                {thread.replies.length > 0 && (
                                    <ol class="jm-replies">
                                        {thread.replies.map((reply) => (
                                            <li key={reply.id}><CommentItem {...props} comment={reply} thread={false} /></li>
                                        ))}
                                    </ol>
                                )}
                            </li>
                        ))}
                    </ol>
                )}
        </aside>
    );
}

/** In the map-wide list, what a thread is about: a link that shows that element's threads and marks it. */
function ThreadElement({ element, nameOf, onShowElement, i18n }: PanelProps & { readonly element: Anchor }) {
    if (element.type === 'MAP') {
        return <p class="jm-thread-element">{i18n.text('journeymaps.comments.anchor.map')}</p>;
    }
    const name = nameOf(element);
    return (
        <p class="jm-thread-element">
            {name === undefined
                ? i18n.text('journeymaps.comments.anchor.gone')
                : <button type="button" class="aui-button aui-button-link" onClick={() => onShowElement(element, name)}>{name}</button>}
        </p>
    );
}
