// One card: its text edited in place, its lane-type fields, delete, and moving by drag and drop or
// Alt+Arrow keys (to the neighbouring cell).

import type { Card } from '../../common/api/cards';
import type { LaneType } from '../../common/api/lanes';
import { deleteCard, moveCard } from '../cardOps';
import { setDragged } from '../dnd';
import { moveOf } from '../keys';
import { keyboardMoveTarget } from '../model';
import { CardIssues } from '../../jira/components/CardIssues';
import { CommentBadge } from '../../comments/CommentBadge';
import { useComments } from '../../comments/context';
import { CardFields } from './CardFields';
import { InlineText } from './InlineText';
import { SaveState, useFieldError } from './SaveState';
import { useEditor } from './context';

interface Props {
    readonly card: Card;
    readonly laneType: LaneType;
    readonly autoFocus: boolean;
}

export function CardView({ card, laneType, autoFocus }: Props) {
    const { store, i18n, confirm } = useEditor();
    const comments = useComments();
    const textError = useFieldError('card', card.id, 'text');
    const label = i18n.text('journeymaps.editor.card.text');

    const onKeyDown = (e: KeyboardEvent) => {
        const move = moveOf(e);
        if (move === undefined) {
            return;
        }
        e.preventDefault();
        e.stopPropagation();
        const stageIds = store.map.stages.map((s) => s.id);
        const laneIds = store.map.lanes.filter((l) => l.type !== 'EMOTIONS').map((l) => l.id);
        const target = keyboardMoveTarget(store.map.cards, stageIds, laneIds, card, move.dx, move.dy);
        if (target !== undefined) {
            void moveCard(store, card.id, target.stageId, target.laneId, target.position)
                .then(() => document.getElementById(`jm-card-${card.id}-text`)?.focus());
        }
    };
    const onDelete = async () => {
        const question = i18n.text('journeymaps.editor.card.confirmDelete', card.text);
        if (await confirm(comments?.goingWith(question, { anchor: { type: 'CARD', id: card.id } }) ?? question)) {
            await deleteCard(store, card.id);
        }
    };
    return (
        <article class={`jm-card${card.severity ? ` jm-severity-${card.severity}` : ''}`} data-card-id={card.id}
            aria-label={i18n.text('journeymaps.editor.card.label', card.text)} onKeyDown={onKeyDown}>
            <span class="jm-handle jm-card-handle" draggable role="img" aria-label={i18n.text('journeymaps.editor.card.handle')}
                onDragStart={(e) => {
                    setDragged(e.dataTransfer, 'card', card.id);
                    const article = (e.currentTarget as HTMLElement).closest('article');
                    if (article) {
                        e.dataTransfer?.setDragImage(article, 10, 10);
                    }
                }}>
                <span class="aui-icon aui-icon-small aui-iconfont-drag-vertical" aria-hidden="true" />
            </span>
            <InlineText id={`jm-card-${card.id}-text`} multiline value={card.text} label={label} error={textError} autoFocus={autoFocus}
                onCommit={(text) => void store.patch('card', store.refOf('card', card.id), { text }, label)} />
            <CardFields card={card} laneType={laneType} />
            <CardIssues card={card} laneType={laneType} />
            <div class="jm-card-footer">
                <SaveState kind="card" id={card.id} field="text" label={label} />
                <CommentBadge anchor={{ type: 'CARD', id: card.id }} i18n={i18n}
                              label={i18n.text('journeymaps.comments.anchor.card', card.text)} />
                <button type="button" class="aui-button aui-button-subtle jm-icon-button" onClick={() => void onDelete()}
                    aria-label={i18n.text('journeymaps.editor.card.delete')} title={i18n.text('journeymaps.editor.card.delete')}>
                    <span class="aui-icon aui-icon-small aui-iconfont-delete" aria-hidden="true" />
                </button>
            </div>
        </article>
    );
}
