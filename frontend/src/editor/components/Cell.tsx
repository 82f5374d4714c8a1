// One stage × lane cell: its cards, a drop target for cards, and a keyboard stop of the grid (arrow keys
// move between cells, Enter or N starts a new card here, as do a double click and the dashed "+ Add" on hover).

import type { Lane } from '../../common/api/lanes';
import type { Stage } from '../../common/api/stages';
import { addCard, moveCard } from '../cardOps';
import { carries, draggedId, dropIndex } from '../dnd';
import { isAddCard } from '../keys';
import { cardsIn } from '../model';
import { CardView } from './CardView';
import { InlineText } from './InlineText';
import { useEditor } from './context';

interface Props {
    readonly stage: Stage;
    readonly lane: Lane;
    readonly active: boolean;
    readonly adding: boolean;
    readonly focusCard: number | undefined;
    readonly onFocusCell: () => void;
    readonly onAdding: (adding: boolean) => void;
    readonly onAdded: (cardId: number) => void;
}

export function Cell({ stage, lane, active, adding, focusCard, onFocusCell, onAdding, onAdded }: Props) {
    const { store, i18n } = useEditor();
    const cards = cardsIn(store.map.cards, stage.id, lane.id);
    const cellLabel = i18n.text('journeymaps.editor.cell.label', stage.name, lane.name, cards.length);

    const onKeyDown = (e: KeyboardEvent) => {
        if (e.target === e.currentTarget && isAddCard(e)) {
            e.preventDefault();
            onAdding(true);
        }
    };
    const onDrop = (e: DragEvent) => {
        const id = draggedId(e.dataTransfer, 'card');
        if (id === undefined) {
            return;
        }
        e.preventDefault();
        const cell = e.currentTarget as HTMLElement;
        const middles = Array.from(cell.querySelectorAll<HTMLElement>('.jm-card'))
            .filter((a) => a.dataset.cardId !== String(id))
            .map((a) => { const r = a.getBoundingClientRect(); return r.top + r.height / 2; });
        void moveCard(store, id, stage.id, lane.id, dropIndex(e.clientY, middles));
    };
    const create = async (text: string) => {
        onAdding(false);
        if (text.trim() !== '') {
            const id = await addCard(store, stage.id, lane.id, text.trim());
            if (id !== undefined) {
                onAdded(id);
            }
        }
    };
    return (
        <td class={`jm-cell${active ? ' jm-cell-active' : ''}`} tabIndex={active ? 0 : -1} aria-label={cellLabel}
            data-stage-id={stage.id} data-lane-id={lane.id}
            onFocus={(e) => e.target === e.currentTarget && onFocusCell()} onKeyDown={onKeyDown}
            onDblClick={(e) => e.target === e.currentTarget && onAdding(true)}
            onDragOver={(e) => carries(e.dataTransfer, 'card') && e.preventDefault()} onDrop={onDrop}>
            {cards.map((card) => <CardView key={card.id} card={card} laneType={lane.type} autoFocus={focusCard === card.id} />)}
            {adding
                ? <InlineText id={`jm-new-card-${stage.id}-${lane.id}`} multiline autoFocus value="" label={i18n.text('journeymaps.editor.card.new')}
                    placeholder={i18n.text('journeymaps.editor.card.new.placeholder')} onCommit={(text) => void create(text)}
                    onCancel={() => onAdding(false)} />
                : <button type="button" class="jm-add-card" tabIndex={-1}
                    aria-label={i18n.text('journeymaps.editor.card.add.in', stage.name, lane.name)} onClick={() => onAdding(true)}>
                    <span class="aui-icon aui-icon-small aui-iconfont-add" aria-hidden="true" /> {i18n.text('journeymaps.editor.card.add.short')}
                </button>}
        </td>
    );
}
