// One Tab stop for the whole grid (a roving tabindex), arrows between its units (see navigation.ts), and
// Enter to open the focused element's comments.

import type { TargetedKeyboardEvent } from 'preact';
import { nextUnit } from './navigation';

const UNIT = '[data-nav]';

function units(grid: HTMLElement): HTMLElement[] {
    return Array.from(grid.querySelectorAll<HTMLElement>(UNIT));
}

/** Props for a unit: its place, and whether it is the grid's Tab stop at first render. */
export function navAttributes(row: number, col: number, first = false): Record<string, unknown> {
    return { 'data-nav': '', 'data-row': row, 'data-col': col, tabIndex: first ? 0 : -1 };
}

export function onGridFocusIn(event: FocusEvent): void {
    const grid = event.currentTarget as HTMLElement;
    const unit = (event.target as HTMLElement).closest<HTMLElement>(UNIT);
    if (unit === null || unit.tabIndex === 0) {
        return;
    }
    for (const other of units(grid)) {
        other.tabIndex = other === unit ? 0 : -1;
    }
}

export function onGridKeyDown(event: TargetedKeyboardEvent<HTMLElement>): void {
    const target = event.target as HTMLElement;
    if (!target.matches(UNIT) || event.altKey || event.ctrlKey || event.metaKey) {
        return;
    }
    if (event.key === 'Enter' || event.key === ' ') {
        const action = target.querySelector<HTMLElement>(':scope > .jm-thread, :scope > .jm-comment-action');
        if (action !== null) {
            event.preventDefault();
            action.click();
        }
        return;
    }
    const all = units(event.currentTarget);
    const place = all.map((u) => ({ row: Number(u.dataset.row), col: Number(u.dataset.col) }));
    const next = nextUnit(place, all.indexOf(target), event.key);
    if (next !== undefined) {
        event.preventDefault();
        all[next].focus();
    }
}
