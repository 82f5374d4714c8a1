// A stage's column header or a lane's row header on the canvas: a click (or Enter) selects it for the side
// panel, a double click (or F2) renames it in place, the grip or Alt+Arrow keys reorder it, Delete removes it.

import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { ThreadBadge } from '../../canvas/ThreadBadge';
import { carries, draggedId, setDragged } from '../dnd';
import { moveOf } from '../keys';
import { moveIdTo, shiftId } from '../model';
import { canvasId, isSelected } from '../selection';
import { reorder } from '../structure';
import { useDeleteAxis } from './deletes';
import { InlineText } from './InlineText';
import { useEditor } from './context';

interface Props {
    readonly axis: 'stage' | 'lane';
    readonly id: number;
    readonly name: string;
    /** Shown before the name (a stage's number, a lane's icon). */
    readonly children?: ComponentChildren;
    /** Shown after the name (a lane's collapse toggle). */
    readonly after?: ComponentChildren;
    readonly title?: string;
}

export function AxisHeader({ axis, id, name, children, after, title }: Props) {
    const { store, i18n, selection, select } = useEditor();
    const remove = useDeleteAxis();
    const [renaming, setRenaming] = useState(false);
    const ids = (axis === 'stage' ? store.map.stages : store.map.lanes).map((e) => e.id);
    const label = i18n.text(`journeymaps.editor.${axis}.name`);
    const selected = isSelected(selection, axis, id);
    const hintId = `jm-${axis}-${id}-hint`;

    const onKeyDown = (e: KeyboardEvent) => {
        const move = moveOf(e);
        const delta = move === undefined ? 0 : axis === 'stage' ? move.dx : move.dy;
        const next = delta === 0 ? undefined : shiftId(ids, id, delta);
        if (next !== undefined) {
            e.preventDefault();
            void reorder(store, axis, next, id).then(() => document.getElementById(canvasId({ kind: axis, id }))?.focus());
        } else if (e.target !== e.currentTarget) {
            return;
        } else if (e.key === 'Enter') {
            e.preventDefault();
            select?.({ kind: axis, id }, true);
        } else if (e.key === 'F2') {
            e.preventDefault();
            setRenaming(true);
        } else if (e.key === 'Delete') {
            e.preventDefault();
            void remove(axis, id);
        }
    };
    const onDrop = (e: DragEvent) => {
        const dragged = draggedId(e.dataTransfer, axis);
        if (dragged !== undefined && dragged !== id) {
            e.preventDefault();
            void reorder(store, axis, moveIdTo(ids, dragged, ids.indexOf(id)), dragged);
        }
    };
    const stopRenaming = () => {
        setRenaming(false);
        document.getElementById(canvasId({ kind: axis, id }))?.focus();
    };
    return (
        <div id={canvasId({ kind: axis, id })} class={`jm-axis jm-axis-${axis}${selected ? ' jm-selected' : ''}`} tabIndex={0}
            aria-describedby={hintId} title={title} onKeyDown={onKeyDown} onClick={() => select?.({ kind: axis, id })}
            onDblClick={() => setRenaming(true)}
            onDragOver={(e) => carries(e.dataTransfer, axis) && e.preventDefault()} onDrop={onDrop}>
            <span class="jm-grip" draggable role="img" aria-label={i18n.text(`journeymaps.editor.${axis}.handle`, name)}
                onDragStart={(e) => setDragged(e.dataTransfer, axis, id)} />
            {children}
            {renaming
                ? <InlineText id={`jm-${axis}-${id}-name-inplace`} autoFocus value={name} label={label} className="jm-axis-rename"
                    onCommit={(value) => { stopRenaming(); void store.patch(axis, store.refOf(axis, id), { name: value }, label); }}
                    onCancel={stopRenaming} />
                : <span class="jm-axis-name">{name}</span>}
            <ThreadBadge anchor={{ type: axis === 'stage' ? 'STAGE' : 'LANE', id }} i18n={i18n}
                label={i18n.text(`journeymaps.comments.anchor.${axis}`, name)} />
            {after}
            <span class="jm-keyhint" id={hintId}>{i18n.text(`journeymaps.editor.${axis}.keyhint`)}</span>
        </div>
    );
}
