import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { InlineText } from './InlineText';

function mount(onCommit: (v: string) => void, onCancel = vi.fn()) {
    document.body.innerHTML = '<div id="host"></div>';
    act(() => render(<InlineText value="old" label="Card text" multiline onCommit={onCommit} onCancel={onCancel} />, document.getElementById('host')!));
    return document.querySelector('textarea')!;
}

function type(field: HTMLTextAreaElement, text: string) {
    act(() => { field.value = text; field.dispatchEvent(new Event('input', { bubbles: true })); });
}

describe('InlineText', () => {
    it('commits once on Enter, not again on the blur that follows', () => {
        const onCommit = vi.fn();
        const field = mount(onCommit);
        type(field, 'new');
        act(() => { field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })); });
        act(() => { field.dispatchEvent(new FocusEvent('blur')); });
        expect(onCommit).toHaveBeenCalledTimes(1);
        expect(onCommit).toHaveBeenCalledWith('new');
    });

    it('keeps Shift+Enter for a new line and puts the saved value back on Escape', () => {
        const onCommit = vi.fn();
        const onCancel = vi.fn();
        const field = mount(onCommit, onCancel);
        type(field, 'draft');
        act(() => { field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', shiftKey: true, bubbles: true })); });
        expect(onCommit).not.toHaveBeenCalled();
        act(() => { field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })); });
        expect(field.value).toBe('old');
        expect(onCancel).toHaveBeenCalled();
    });
});
