import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18n } from '../common/i18n';
import { sampleMap } from '../viewer/testdata';
import type { CounterpartComparison, HistoryApi, VersionComparison } from './api';
import { ComparisonView } from './ComparisonView';
import { CounterpartView } from './CounterpartView';
import { ReadOnlyMap } from './ReadOnlyMap';
import { restoreSummary } from './restore';
import { VersionItem } from './VersionItem';

const i18n = new I18n({
    'journeymaps.history.change.ADDED': 'Added',
    'journeymaps.history.change.REMOVED': 'Removed',
    'journeymaps.history.change.CHANGED': 'Changed',
    'journeymaps.history.type.CARD': 'Cards',
    'journeymaps.history.version.restore': 'Restore',
    'journeymaps.history.restore.confirm': 'Restore version {0}? This creates a new revision.',
    'journeymaps.history.restore.cancel': 'Cancel',
    'journeymaps.history.counterpart.none': 'None.',
});

let container: HTMLElement;
beforeEach(() => {
    container = document.createElement('div');
    document.body.appendChild(container);
});
afterEach(() => {
    render(null, container);
    container.remove();
});

describe('ComparisonView', () => {
    const comparison: VersionComparison = {
        from: { version: 2, revision: 5 }, to: { version: null, revision: 7 },
        changes: [
            { type: 'CARD', change: 'ADDED', id: 1, label: 'New <b>card</b>', fields: [] },
            { type: 'CARD', change: 'REMOVED', id: 2, label: 'Old card', fields: [] },
            { type: 'CARD', change: 'CHANGED', id: 3, label: 'Edited', fields: [{ field: 'text', before: 'Draft', after: 'Edited' }] },
        ],
    };

    it('marks added, removed (struck) and changed (before → after) elements, escaping their text', () => {
        act(() => render(<ComparisonView comparison={comparison} i18n={i18n} />, container));

        const items = [...container.querySelectorAll('li[data-change]')];
        expect(items.map((li) => li.className)).toEqual(['jm-diff jm-diff-added', 'jm-diff jm-diff-removed', 'jm-diff jm-diff-changed']);
        expect(items[0].textContent).toContain('New <b>card</b>');
        expect(items[0].querySelector('b')).toBeNull();
        expect(items[1].querySelector('s')?.textContent).toBe('Old card');
        expect(items[2].querySelector('del')?.textContent).toBe('Draft');
        expect(items[2].querySelector('ins')?.textContent).toBe('Edited');
    });
});

describe('VersionItem', () => {
    it('asks before restoring, saying it creates a new revision', () => {
        const onRestore = vi.fn();
        const version = { number: 4, label: 'Workshop', kind: 'NAMED' as const, author: 'alice', createdAt: '2026-05-01T09:00:00Z', revision: 9 };
        act(() => render(<VersionItem version={version} name="Workshop" i18n={i18n} canRestore onOpen={vi.fn()} onCompare={vi.fn()}
            onRestore={onRestore} />, container));

        const restore = [...container.querySelectorAll('button')].find((b) => b.textContent === 'Restore')!;
        act(() => restore.click());
        expect(container.querySelector('[role=alertdialog]')?.textContent).toContain('Restore version 4? This creates a new revision.');
        expect(onRestore).not.toHaveBeenCalled();

        const confirm = container.querySelector<HTMLButtonElement>('[role=alertdialog] .aui-button-primary')!;
        act(() => confirm.click());
        expect(onRestore).toHaveBeenCalledOnce();
    });
});

describe('CounterpartView', () => {
    const result: CounterpartComparison = {
        current: { id: 1, title: 'Today', state: 'CURRENT', revision: 3 },
        future: { id: 2, title: 'Tomorrow', state: 'FUTURE', revision: 4 },
        stages: [{ name: 'Pay', currentStageId: 10, futureStageId: 20, current: -2, future: 1.5 }],
        stagesMatch: true,
        matchingStages: 1,
        currentStages: 1,
        addressed: [{ cardId: 5, stage: 'Pay', text: 'Card refused', severity: 'HIGH' }],
        remaining: [],
    };

    it('draws both curves, gives the figures as a table and lists the addressed pain points', async () => {
        const api = { counterpart: vi.fn().mockResolvedValue(result) } as unknown as HistoryApi;
        act(() => render(<CounterpartView mapId={2} i18n={i18n} api={api} />, container));
        await act(() => new Promise((resolve) => setTimeout(resolve, 0)));

        expect(api.counterpart).toHaveBeenCalledWith(2);
        expect(container.querySelector('.jm-curve-current')).not.toBeNull();
        expect(container.querySelector('.jm-curve-future')?.getAttribute('stroke-dasharray')).toBe('6 4');
        expect([...container.querySelectorAll('tbody td')].map((td) => td.textContent)).toEqual(['-2', '1.5']);
        expect(container.querySelector('.jm-pains-addressed li')?.textContent).toBe('Pay · Card refused');
        expect(container.querySelector('.jm-pains-remaining')?.textContent).toContain('None.');
    });

    it('says the stages do not match instead of listing every pain point as addressed', async () => {
        const mismatch = { ...result, stagesMatch: false, matchingStages: 1, currentStages: 4, addressed: [] };
        const api = { counterpart: vi.fn().mockResolvedValue(mismatch) } as unknown as HistoryApi;
        const texts = new I18n({ 'journeymaps.history.counterpart.mismatch':
            'The stages do not match: {0,choice,0#none|1#only one|1<only {0}} of the {1,choice,1#{1} current stage|1<{1} current stages}.' });
        act(() => render(<CounterpartView mapId={2} i18n={texts} api={api} />, container));
        await act(() => new Promise((resolve) => setTimeout(resolve, 0)));

        expect(container.querySelector('.jm-counterpart-mismatch')?.textContent)
            .toBe('The stages do not match: only one of the 4 current stages.');
        expect(container.querySelector('.jm-pains-addressed')).toBeNull();
    });
});

describe('ReadOnlyMap', () => {
    it('draws the map and marks each changed element by id with the change in words', () => {
        const map = sampleMap();
        const [card, other] = map.cards;
        const stage = map.stages[0];
        const changes = [
            { type: 'CARD' as const, change: 'CHANGED' as const, id: card.id, label: card.text, fields: [] },
            { type: 'STAGE' as const, change: 'ADDED' as const, id: stage.id, label: stage.name, fields: [] },
            { type: 'CARD' as const, change: 'REMOVED' as const, id: 999_999, label: 'gone', fields: [] },
        ];
        act(() => render(<ReadOnlyMap map={map} i18n={i18n} changes={changes} />, container));

        const marked = container.querySelector<HTMLElement>(`.jm-history-map [data-card-id="${card.id}"]`);
        expect(marked?.textContent).toContain(card.text);
        expect(marked?.dataset.diff).toBe('changed');
        expect(marked?.dataset.diffLabel).toBe('Changed');
        expect(container.querySelector<HTMLElement>(`[data-stage-id="${stage.id}"]`)?.dataset.diffLabel).toBe('Added');
        expect(container.querySelector<HTMLElement>(`[data-card-id="${other.id}"]`)?.dataset.diff).toBeUndefined();
    });
});

describe('restoreSummary', () => {
    it('says how many elements came back, went and changed, in the plural each needs', () => {
        const texts = new I18n({ 'journeymaps.history.restored.summary':
            'Version {0} restored: {1,choice,0#no elements|1#one element|1<{1} elements} back, {2,choice,0#none|1#one|1<{2}} removed, {3,choice,0#none|1#one|1<{3}} changed.' });
        const change = (type: 'CARD' | 'STAGE' | 'MAP', kind: 'ADDED' | 'REMOVED' | 'CHANGED') =>
            ({ type, change: kind, id: 1, label: null, fields: [] });
        expect(restoreSummary([change('CARD', 'ADDED'), change('CARD', 'ADDED'), change('STAGE', 'REMOVED'), change('MAP', 'CHANGED')], 3, texts))
            .toBe('Version 3 restored: 2 elements back, one removed, none changed.');
    });
});
