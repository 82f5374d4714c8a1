// Keyboard focus inside a modal dialog: Tab and Shift+Tab cycle through its controls and never leave it.

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), '
    + 'textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export function focusablesIn(container: HTMLElement): HTMLElement[] {
    return Array.from(container.querySelectorAll<HTMLElement>(FOCUSABLE));
}

/** On Tab at either end of the dialog, moves the focus to the other end (and says it did). */
export function trapTab(container: HTMLElement, event: KeyboardEvent): boolean {
    if (event.key !== 'Tab') {
        return false;
    }
    const items = focusablesIn(container);
    const first = items[0];
    const last = items[items.length - 1];
    const active = document.activeElement;
    if (first === undefined || last === undefined) {
        event.preventDefault();
        return true;
    }
    const outside = !container.contains(active);
    if (event.shiftKey && (active === first || outside)) {
        last.focus();
    } else if (!event.shiftKey && (active === last || outside)) {
        first.focus();
    } else {
        return false;
    }
    event.preventDefault();
    return true;
}
