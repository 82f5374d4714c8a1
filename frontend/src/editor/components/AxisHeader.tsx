// A stage's column header or a lane's row header: rename in place, delete (with a confirmation naming what
// goes with it), reorder by dragging the header or with Alt+Arrow keys (announced).

import type { ComponentChildren } from 'preact';
import { CommentBadge } from '../../comments/CommentBadge';
import { useComments } from '../../comments/context';
import { carries, draggedId, setDragged } from '../dnd';
import { moveOf } from '../keys';
import { moveIdTo, shiftId } from '../model';
import { deleteElement, reorder } from '../structure';
import { InlineText } from './InlineText';
import { SaveState, useFieldError } from './SaveState';
import { useEditor } from './context';

interface Props {
    readonly axis: 'stage' | 'lane';
    readonly id: number;
    readonly name: string;
    /** How many cards (and emotion points) go when it is deleted. */
    readonly cardCount: number;
    /** A stage's description, edited under its name (lanes have none). */
    readonly description?: string | null;
    readonly children?: ComponentChildren;
}

export function AxisHeader({ axis, id, name, cardCount, description, children }: Props) {
    const { store, i18n, confirm } = useEditor();
    const comments = useComments();
    const ids = (axis === 'stage' ? store.map.stages : store.map.lanes).map((e) => e.id);
    const nameError = useFieldError(axis, id, 'name');
    const descriptionError = useFieldError(axis, id, 'description');
    const label = i18n.text(`journeymaps.editor.${axis}.name`);
    const descriptionLabel = i18n.text('journeymaps.editor.stage.description', name);

    const onKeyDown = (e: KeyboardEvent) => {
        const move = moveOf(e);
        const delta = move === undefined ? 0 : axis === 'stage' ? move.dx : move.dy;
        const next = delta === 0 ? undefined : shiftId(ids, id, delta);
        if (next !== undefined) {
            e.preventDefault();
            void reorder(store, axis, next, id);
        }
    };
    const onDrop = (e: DragEvent) => {
        const dragged = draggedId(e.dataTransfer, axis);
        if (dragged !== undefined && dragged !== id) {
            e.preventDefault();
            void reorder(store, axis, moveIdTo(ids, dragged, ids.indexOf(id)), dragged);
        }
    };
    const onDelete = async () => {
        const cardIds = store.map.cards.filter((c) => (axis === 'stage' ? c.stageId : c.laneId) === id).map((c) => c.id);
        const emotionIds = axis === 'stage' ? store.map.emotions.filter((p) => p.stageId === id).map((p) => p.id) : [];
        const question = i18n.text(`journeymaps.editor.${axis}.confirmDelete`, name, cardCount);
        if (await confirm(comments?.goingWith(question, { anchor: { type: axis === 'stage' ? 'STAGE' : 'LANE', id }, cardIds, emotionIds }) ?? question)) {
            await deleteElement(store, axis, id);
        }
    };
    return (
        <div class={`jm-axis jm-axis-${axis}`} onKeyDown={onKeyDown}
            onDragOver={(e) => carries(e.dataTransfer, axis) && e.preventDefault()} onDrop={onDrop}>
            <div class="jm-axis-top">
                <span class="jm-handle" draggable role="img" aria-label={i18n.text(`journeymaps.editor.${axis}.handle`, name)}
                    onDragStart={(e) => setDragged(e.dataTransfer, axis, id)}>
                    <span class="aui-icon aui-icon-small aui-iconfont-drag-vertical" aria-hidden="true" />
                </span>
                <CommentBadge anchor={{ type: axis === 'stage' ? 'STAGE' : 'LANE', id }} i18n={i18n}
                              label={i18n.text(`journeymaps.comments.anchor.${axis}`, name)} />
                <InlineText id={`jm-${axis}-${id}-name`} value={name} label={label} error={nameError} className="jm-axis-name"
                    onCommit={(value) => void store.patch(axis, store.refOf(axis, id), { name: value }, label)} />
                <button type="button" class="aui-button aui-button-subtle jm-icon-button"
                    aria-label={i18n.text(`journeymaps.editor.${axis}.delete`, name)} title={i18n.text(`journeymaps.editor.${axis}.delete`, name)}
                    onClick={() => void onDelete()}>
                    <span class="aui-icon aui-icon-small aui-iconfont-delete" aria-hidden="true" />
                </button>
            </div>
            {children && <div class="jm-axis-extra">{children}</div>}
            {description !== undefined && (
                <InlineText id={`jm-${axis}-${id}-description`} value={description ?? ''} label={descriptionLabel} multiline
                    placeholder={i18n.text('journeymaps.editor.stage.description.placeholder')} error={descriptionError}
                    className="jm-axis-description"
                    onCommit={(value) => void store.patch(axis, store.refOf(axis, id), { description: value }, descriptionLabel)} />
            )}
            <span class="jm-keyhint" id={`jm-${axis}-${id}-hint`}>{i18n.text(`journeymaps.editor.${axis}.keyhint`)}</span>
            <SaveState kind={axis} id={id} field="name" label={label} />
        </div>
    );
}
