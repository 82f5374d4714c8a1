// One comment with what the reader may do with it: reply (to its thread), edit (author), delete (author, after
// confirmation), resolve or reopen (a thread; author or editor). A stale edit shows the other version.

import { useState } from 'preact/hooks';
import { ApiError } from '../common/http';
import { createComment, deleteComment, patchComment, type Comment } from './api';
import { CommentBody } from './CommentBody';
import { errorText, type PanelProps } from './CommentsPanel';
import { MentionInput } from './MentionInput';

interface Props extends PanelProps {
    readonly comment: Comment;
    readonly thread: boolean;
}

export function CommentItem({ mapId, comment, thread, permissions, userKey, i18n, onChanged }: Props) {
    const [mode, setMode] = useState<'view' | 'reply' | 'edit'>('view');
    const [text, setText] = useState('');
    const [error, setError] = useState('');
    const mine = userKey !== '' && comment.author?.key === userKey;

    const run = async (write: () => Promise<unknown>) => {
        try {
            await write();
            setMode('view');
            setError('');
            await onChanged();
        } catch (e) {
            setError(e instanceof ApiError && e.status === 409 ? i18n.text('journeymaps.comments.conflict') : errorText(i18n, e));
            if (e instanceof ApiError && e.status === 409) {
                await onChanged();
            }
        }
    };
    const submit = () => void run(() => (mode === 'reply'
        ? createComment(mapId, { parentId: comment.id, body: text })
        : patchComment(mapId, comment.id, { version: comment.version, body: text })));
    const remove = () => {
        const question = i18n.text(thread ? 'journeymaps.comments.delete.confirmThread' : 'journeymaps.comments.delete.confirm');
        if (window.confirm(question)) {
            void run(() => deleteComment(mapId, comment.id));
        }
    };

    return (
        <article class="jm-comment" data-comment-id={comment.id}>
            <header class="jm-comment-meta">
                <strong>{comment.author?.displayName ?? i18n.text('journeymaps.comments.anonymous')}</strong>{' '}
                <time dateTime={comment.createdAt}>{i18n.dateTime(comment.createdAt)}</time>
                {comment.editedAt && <span class="jm-comment-edited"> ({i18n.text('journeymaps.comments.edited')})</span>}
                {thread && comment.resolved && <span class="aui-lozenge aui-lozenge-success">{i18n.text('journeymaps.comments.resolved')}</span>}
            </header>
            {mode === 'edit'
                ? <MentionInput value={text} onInput={setText} onSubmit={submit} i18n={i18n} autoFocus
                                label={i18n.text('journeymaps.comments.edit.label')} />
                : <CommentBody body={comment.body} mentions={comment.mentions} />}
            {mode === 'reply' && (
                <MentionInput value={text} onInput={setText} onSubmit={submit} i18n={i18n} autoFocus
                              label={i18n.text('journeymaps.comments.reply.label')} />
            )}
            {error && <div class="aui-message aui-message-error" role="alert"><p>{error}</p></div>}
            <div class="jm-comment-actions">
                {mode !== 'view'
                    ? (
                        <>
                            <button type="button" class="aui-button aui-button-primary" onClick={submit} disabled={!text.trim()}>
                                {i18n.text(mode === 'reply' ? 'journeymaps.comments.post' : 'journeymaps.comments.save')}
                            </button>
                            <button type="button" class="aui-button aui-button-link" onClick={() => setMode('view')}>
                                {i18n.text('journeymaps.comments.cancel')}
                            </button>
                        </>
                    )
                    : (
                        <>
                            {thread && permissions.comment && (
                                <button type="button" class="aui-button aui-button-link" onClick={() => { setText(''); setMode('reply'); }}>
                                    {i18n.text('journeymaps.comments.reply')}
                                </button>
                            )}
                            {mine && permissions.comment && (
                                <button type="button" class="aui-button aui-button-link" onClick={() => { setText(comment.body); setMode('edit'); }}>
                                    {i18n.text('journeymaps.comments.edit')}
                                </button>
                            )}
                            {(mine && permissions.comment || permissions.spaceAdmin) && (
                                <button type="button" class="aui-button aui-button-link" onClick={remove}>
                                    {i18n.text('journeymaps.comments.delete')}
                                </button>
                            )}
                            {thread && (mine && permissions.comment || permissions.edit) && (
                                <button type="button" class="aui-button aui-button-link"
                                        onClick={() => void run(() => patchComment(mapId, comment.id,
                                            { version: comment.version, resolved: !comment.resolved }))}>
                                    {i18n.text(comment.resolved ? 'journeymaps.comments.reopen' : 'journeymaps.comments.resolve')}
                                </button>
                            )}
                        </>
                    )}
            </div>
        </article>
    );
}
