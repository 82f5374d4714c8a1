// What the editor's keyboard shortcuts mean, decided from a key event (the components only dispatch).

interface KeyLike {
    readonly key: string;
    readonly altKey: boolean;
    readonly ctrlKey: boolean;
    readonly metaKey: boolean;
    readonly shiftKey: boolean;
}

export type Direction = { readonly dx: number; readonly dy: number };

const ARROWS: Readonly<Record<string, Direction>> = {
    ArrowLeft: { dx: -1, dy: 0 },
    ArrowRight: { dx: 1, dy: 0 },
    ArrowUp: { dx: 0, dy: -1 },
    ArrowDown: { dx: 0, dy: 1 },
};

/** A plain arrow key (no modifier): move the focus. */
export function arrowOf(e: KeyLike): Direction | undefined {
    return e.altKey || e.ctrlKey || e.metaKey || e.shiftKey ? undefined : ARROWS[e.key];
}

/** Alt+Arrow: move the focused element itself (reorder a stage or lane, move a card to the next cell). */
export function moveOf(e: KeyLike): Direction | undefined {
    return e.altKey && !e.ctrlKey && !e.metaKey ? ARROWS[e.key] : undefined;
}

/** Ctrl+Z (⌘Z). */
export function isUndo(e: KeyLike): boolean {
    return (e.ctrlKey || e.metaKey) && !e.shiftKey && !e.altKey && e.key.toLowerCase() === 'z';
}

/** Ctrl+Shift+Z or Ctrl+Y (⌘ on a Mac). */
export function isRedo(e: KeyLike): boolean {
    const key = e.key.toLowerCase();
    return (e.ctrlKey || e.metaKey) && !e.altKey && ((e.shiftKey && key === 'z') || (!e.shiftKey && key === 'y'));
}

/** Enter or N on a focused cell: add a card there. */
export function isAddCard(e: KeyLike): boolean {
    return !e.altKey && !e.ctrlKey && !e.metaKey && (e.key === 'Enter' || e.key === 'n' || e.key === 'N');
}

/** The focus after an arrow in a grid of `columns` × `rows`, staying inside it. */
export function nextCell(column: number, row: number, d: Direction, columns: number, rows: number): [number, number] {
    return [Math.max(0, Math.min(columns - 1, column + d.dx)), Math.max(0, Math.min(rows - 1, row + d.dy))];
}
