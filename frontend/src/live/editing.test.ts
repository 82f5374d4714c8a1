import { afterEach, describe, expect, it } from 'vitest';
import { fakeStore } from '../editor/testing';
import { editingKey } from './editing';

function focus(id: string, value: string, tag: 'input' | 'textarea' = 'textarea'): void {
    const field = document.createElement(tag);
    field.id = id;
    field.value = value;
    document.body.append(field);
    field.focus();
}

describe('the element being edited', () => {
    afterEach(() => document.body.replaceChildren());

    it('is the one whose focused field holds text the store does not have', () => {
        const { store } = fakeStore();
        focus('jm-card-30-text', 'Slow site and more');
        expect(editingKey(store)).toBe('card:30');
    });

    it('is none once the text is committed, or when nothing editable has focus', () => {
        const { store } = fakeStore();
        expect(editingKey(store)).toBeUndefined();
        focus('jm-card-30-text', 'Slow site');
        expect(editingKey(store)).toBeUndefined();
        focus('search', 'x', 'input');
        expect(editingKey(store)).toBeUndefined();
    });

    it('covers stage and lane names and the map title', () => {
        const { store } = fakeStore();
        focus('jm-stage-10-name', 'Discover!', 'input');
        expect(editingKey(store)).toBe('stage:10');
        focus('jm-map-title', 'Purchase 2', 'input');
        expect(editingKey(store)).toBe('map');
    });

    it('covers text edited in place on the canvas', () => {
        const { store } = fakeStore();
        focus('jm-card-30-text-inplace', 'Slow site, again');
        expect(editingKey(store)).toBe('card:30');
        focus('jm-lane-20-name-inplace', 'Doing', 'input');
        expect(editingKey(store)).toBe('lane:20');
    });
});
