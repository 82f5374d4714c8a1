// One card on the canvas (the shared canvas card face): a click (or Enter) selects it and opens its fields in the side panel; a double click
// (or F2) edits its text in place. On hover a grip (drag to move) and a ⋯ menu appear over it, without reflow;
// Alt+Arrow keys move it to the neighbouring cell and Delete removes it (after a confirmation).

import type { Card } from '../../common/api/cards';
import type { LaneType } from '../../common/api/lanes';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { moveCard } from '../cardOps';
import { setDragged } from '../dnd';
import { moveOf } from '../keys';
import { keyboardMoveTarget } from '../model';
import { canvasId, isSelected } from '../selection';
import { keyOf } from '../store';
import { CardFace } from '../../canvas/CardFace';
import { ThreadBadge } from '../../canvas/ThreadBadge';
import { useDeleteCard } from './deletes';
import { InlineText } from './InlineText';
import { SaveState } from './SaveState';
import { useEditor } from './context';

interface Props {
    readonly card: Card;
    readonly laneType: LaneType;
    readonly autoFocus: boolean;
}

/** A save that failed or met someone else's change, shown on the card while its panel is closed. */
function CardProblem({ cardId, label }: { readonly cardId: number; readonly label: string }) {
    const { store } = useEditor();
    const status = store.saves.get(keyOf('card', cardId))?.status;
    return status === 'error' || status === 'conflict' ? <SaveState kind="card" id={cardId} field="text" label={label} /> : null;
}

export function CardView({ card, laneType, autoFocus }: Props) {
    const { store, i18n, selection, select } = useEditor();
    const deleteCard = useDeleteCard();
    const [editing, setEditing] = useState(false);
    const [menu, setMenu] = useState(false);
    const article = useRef<HTMLDivElement>(null);
    const selected = isSelected(selection, 'card', card.id);
    const label = i18n.text('journeymaps.editor.card.text');

    useLayoutEffect(() => {
        if (autoFocus) {
            article.current?.focus();
        }
    }, [autoFocus]);

    const stopEditing = () => {
        setEditing(false);
        article.current?.focus();
    };
    const onKeyDown = (e: KeyboardEvent) => {
        const move = moveOf(e);
        if (move !== undefined) {
            e.preventDefault();
            e.stopPropagation();
            const stageIds = store.map.stages.map((s) => s.id);
            const laneIds = store.map.lanes.filter((l) => l.type !== 'EMOTIONS').map((l) => l.id);
            const target = keyboardMoveTarget(store.map.cards, stageIds, laneIds, card, move.dx, move.dy);
            if (target !== undefined) {
                void moveCard(store, card.id, target.stageId, target.laneId, target.position)
                    .then(() => document.getElementById(canvasId({ kind: 'card', id: card.id }))?.focus());
            }
            return;
        }
        if (e.target !== e.currentTarget) {
            return;
        }
        if (e.key === 'Enter') {
            e.preventDefault();
            e.stopPropagation();
            select?.({ kind: 'card', id: card.id }, true);
        } else if (e.key === 'F2') {
            e.preventDefault();
            setEditing(true);
        } else if (e.key === 'Delete') {
            e.preventDefault();
            void deleteCard(card.id);
        }
    };
    return (
        <CardFace card={card} laneType={laneType} i18n={i18n} attributes={{
            ref: article, id: canvasId({ kind: 'card', id: card.id }), tabIndex: 0,
            'data-selected': selected ? '' : undefined, 'data-editing': editing ? '' : undefined,
            'aria-label': i18n.text('journeymaps.editor.card.open', card.text), 'aria-current': selected ? 'true' : undefined,
            onKeyDown, onClick: (e: MouseEvent) => { e.stopPropagation(); select?.({ kind: 'card', id: card.id }); },
            onDblClick: (e: MouseEvent) => { e.stopPropagation(); setEditing(true); },
        }}>
            <span class="jm-grip jm-card-grip" draggable role="img" aria-label={i18n.text('journeymaps.editor.card.handle')}
                onDragStart={(e) => {
                    setDragged(e.dataTransfer, 'card', card.id);
                    if (article.current) {
                        e.dataTransfer?.setDragImage(article.current, 10, 10);
                    }
                }} />
            {editing && <InlineText id={`jm-card-${card.id}-text-inplace`} multiline autoFocus value={card.text} label={label} className="jm-card-rename"
                onCommit={(text) => { stopEditing(); void store.patch('card', store.refOf('card', card.id), { text }, label); }}
                onCancel={stopEditing} />}
            <ThreadBadge anchor={{ type: 'CARD', id: card.id }} i18n={i18n} label={i18n.text('journeymaps.comments.anchor.card', card.text)} />
            {!selected && <CardProblem cardId={card.id} label={label} />}
            <button type="button" class="jm-card-more" tabIndex={-1} aria-haspopup="menu" aria-expanded={menu}
                aria-label={i18n.text('journeymaps.editor.card.menu')} title={i18n.text('journeymaps.editor.card.menu')}
                onClick={(e) => { e.stopPropagation(); setMenu(!menu); }}>
                <span class="aui-icon aui-icon-small aui-iconfont-more" aria-hidden="true" />
            </button>
            {menu && (
                <ul class="jm-card-menu" role="menu" onMouseLeave={() => setMenu(false)}>
                    <li role="none"><button type="button" role="menuitem" onClick={(e) => { e.stopPropagation(); setMenu(false); setEditing(true); }}>
                        {i18n.text('journeymaps.editor.card.edit')}
                    </button></li>
                    <li role="none"><button type="button" role="menuitem" onClick={(e) => { e.stopPropagation(); setMenu(false); void deleteCard(card.id); }}>
                        {i18n.text('journeymaps.editor.card.delete')}
                    </button></li>
                </ul>
            )}
        </CardFace>
    );
}
