// Keeps the keyboard inside the modal dialog: Tab from the last control goes to the first, Shift+Tab from the
// first to the last (WAI-ARIA modal dialog pattern).

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), '
    + 'textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** The controls Tab visits in `container`, in document order (hidden panels excluded). */
export function tabbables(container: HTMLElement): HTMLElement[] {
    return Array.from(container.querySelectorAll<HTMLElement>(FOCUSABLE))
        .filter((element) => element.tabIndex >= 0 && element.closest('[hidden]') === null);
}

/** Handles Tab at either end of the dialog; returns whether it moved the focus. */
export function wrapTab(event: KeyboardEvent, container: HTMLElement): boolean {
    if (event.key !== 'Tab') {
        return false;
    }
    const all = tabbables(container);
    if (all.length === 0) {
        return false;
    }
    const first = all[0];
    const last = all[all.length - 1];
    const active = container.ownerDocument.activeElement;
    const target = event.shiftKey
        ? (active === first || !container.contains(active) ? last : undefined)
        : (active === last || !container.contains(active) ? first : undefined);
    if (target === undefined) {
        return false;
    }
    event.preventDefault();
    target.focus();
    return true;
}
