import { beforeEach, describe, expect, it } from 'vitest';
import { tabbables, wrapTab } from './focus';

function press(key: string, shiftKey = false): KeyboardEvent {
    return new KeyboardEvent('keydown', { key, shiftKey, cancelable: true });
}

describe('wrapTab', () => {
    let dialog: HTMLElement;

    beforeEach(() => {
        document.body.replaceChildren();
        dialog = document.createElement('section');
        dialog.append(
            Object.assign(document.createElement('button'), { id: 'first' }),
            Object.assign(document.createElement('input'), { id: 'disabled', disabled: true }),
            Object.assign(document.createElement('div'), { hidden: true }),
            Object.assign(document.createElement('button'), { id: 'last' }),
        );
        dialog.children[2].append(Object.assign(document.createElement('input'), { id: 'hidden-input' }));
        document.body.append(dialog);
    });

    it('skips disabled controls and controls in hidden panels', () => {
        expect(tabbables(dialog).map((e) => e.id)).toEqual(['first', 'last']);
    });

    it('moves Tab from the last control to the first', () => {
        document.getElementById('last')!.focus();
        const event = press('Tab');
        expect(wrapTab(event, dialog)).toBe(true);
        expect(event.defaultPrevented).toBe(true);
        expect(document.activeElement?.id).toBe('first');
    });

    it('moves Shift+Tab from the first control to the last', () => {
        document.getElementById('first')!.focus();
        expect(wrapTab(press('Tab', true), dialog)).toBe(true);
        expect(document.activeElement?.id).toBe('last');
    });

    it('leaves Tab between inner controls and other keys to the browser', () => {
        document.getElementById('first')!.focus();
        const event = press('Tab');
        expect(wrapTab(event, dialog)).toBe(false);
        expect(event.defaultPrevented).toBe(false);
        expect(wrapTab(press('Enter'), dialog)).toBe(false);
    });
});
