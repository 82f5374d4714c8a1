// Drag and drop: what is dragged (a card, stage or lane id in the dataTransfer) and where it lands.

export type DragKind = 'card' | 'stage' | 'lane';

const MIME = 'application/x-journey-map-';

export function setDragged(transfer: DataTransfer | null, kind: DragKind, id: number): void {
    transfer?.setData(MIME + kind, String(id));
    transfer?.setData('text/plain', `${kind}:${id}`);
    if (transfer) {
        transfer.effectAllowed = 'move';
    }
}

/** The id dragged, if the drag carries a `kind` (types are readable during dragover, data only on drop). */
export function draggedId(transfer: DataTransfer | null, kind: DragKind): number | undefined {
    const raw = transfer?.getData(MIME + kind) || transfer?.getData('text/plain').replace(`${kind}:`, '');
    const id = Number(raw);
    return raw && /^[0-9]+$/.test(raw) && Number.isSafeInteger(id) ? id : undefined;
}

export function carries(transfer: DataTransfer | null, kind: DragKind): boolean {
    return transfer?.types.includes(MIME + kind) ?? false;
}

/** The index a card dropped at `y` takes among cards whose vertical middles are `middles` (top to bottom). */
export function dropIndex(y: number, middles: readonly number[]): number {
    const index = middles.findIndex((m) => y < m);
    return index < 0 ? middles.length : index;
}
