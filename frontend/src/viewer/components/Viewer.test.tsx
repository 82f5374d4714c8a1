import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { I18n } from '../../common/i18n';
import type { MacroRoot } from '../roots';
import { sampleMap } from '../testdata';
import { Viewer } from './Viewer';

const i18n = new I18n({
    'journeymaps.map.caption': 'Journey map "{0}": {1} stages, {2} lanes',
    'journeymaps.lane.type.PAIN_POINTS': 'Pain points',
    'journeymaps.severity.CRITICAL': 'Critical',
    'journeymaps.viewer.edit': 'Edit',
    'journeymaps.viewer.zoom.level': '{0}%',
    'journeymaps.emotion.score': 'score {0} ({1})',
    'journeymaps.emotion.level.plus1': 'positive',
});

let container: HTMLElement;

function mount(overrides: Partial<MacroRoot> = {}, editUrl: string | null = null) {
    const root: MacroRoot = {
        element: container, mapId: 7, canEdit: false, laneTypes: new Set(), compact: false,
        staticView: container, ...overrides,
    };
    act(() => render(<Viewer root={root} map={sampleMap()} i18n={i18n} editUrl={editUrl} />, container));
}

function change(select: HTMLSelectElement, value: string) {
    act(() => {
        select.value = value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
    });
}

const rowHeaders = () => [...container.querySelectorAll('tbody th[scope=row] .jm-lane-name')].map((e) => e.textContent);
const zoomFrame = () => container.querySelector<HTMLElement>('.jm-zoom-frame');

beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
});

afterEach(() => {
    render(null, container);
    container.remove();
});

describe('Viewer', () => {
    it('renders a real table with stage and lane headers, caption and the curve with its text alternative', () => {
        mount();
        expect([...container.querySelectorAll('thead th[scope=col]')].map((e) => e.textContent))
            .toEqual(['RechercheCompare', 'Achat', 'Livraison']);
        expect(rowHeaders()).toEqual(['Actions', 'Émotions', 'Douleurs', 'Canaux']);
        expect(container.querySelector('caption')?.textContent).toBe('Journey map "Achat <en ligne>": 3 stages, 4 lanes');
        const svg = container.querySelector('svg.jm-curve');
        const alternative = container.querySelector(`#${svg?.getAttribute('aria-labelledby')}`);
        expect(svg?.getAttribute('role')).toBe('img');
        expect(alternative?.textContent).toContain('Recherche score 1 (positive) — Contente');
    });

    it('shows user text as text, never as markup', () => {
        mount();
        expect(container.querySelector('script')).toBeNull();
        expect(container.textContent).toContain('Compte obligatoire <script>');
    });

    it('colours a card by severity and shows its channel with an icon', () => {
        mount();
        expect(container.querySelector('.jm-card-severity-critical .jm-severity-critical')?.textContent).toBe('Critical');
        expect(container.querySelector('.jm-channel svg.jm-channel-icon')?.getAttribute('aria-hidden')).toBe('true');
    });

    it('filters to one lane type and updates the caption', () => {
        mount();
        change(container.querySelector<HTMLSelectElement>('select[id$=lane-filter]')!, 'PAIN_POINTS');
        expect(rowHeaders()).toEqual(['Douleurs']);
        expect(container.querySelector('caption')?.textContent).toContain('3 stages, 1 lanes');
        change(container.querySelector<HTMLSelectElement>('select[id$=lane-filter]')!, '');
        expect(rowHeaders()).toHaveLength(4);
    });

    it("filters the curve to one persona's series and those of everyone", () => {
        mount();
        expect(container.querySelectorAll('svg.jm-curve g')).toHaveLength(3);
        change(container.querySelector<HTMLSelectElement>('select[id$=persona-filter]')!, '2');
        expect(container.querySelectorAll('svg.jm-curve g')).toHaveLength(2);
    });

    it('zooms with the buttons and the keys, within the levels', () => {
        mount();
        act(() => container.querySelector<HTMLButtonElement>('.jm-zoom-in')!.click());
        expect(zoomFrame()?.style.zoom).toBe('1.1');
        expect(container.querySelector('.jm-zoom-reset')?.textContent).toBe('110%');
        const region = container.querySelector<HTMLElement>('.jm-viewer-scroll')!;
        act(() => {
            region.dispatchEvent(new KeyboardEvent('keydown', { key: '-', bubbles: true }));
            region.dispatchEvent(new KeyboardEvent('keydown', { key: '-', bubbles: true }));
        });
        expect(zoomFrame()?.style.zoom).toBe('0.9');
        act(() => container.querySelector<HTMLButtonElement>('.jm-zoom-reset')!.click());
        expect(zoomFrame()?.style.zoom).toBe('1');
        expect(container.querySelector<HTMLButtonElement>('.jm-zoom-reset')!.disabled).toBe(true);
    });

    it('offers the editor only with an edit address', () => {
        mount();
        expect(container.querySelector('a.jm-edit')).toBeNull();
        render(null, container);
        mount({ canEdit: true }, '/confluence/plugins/servlet/journeymaps/editor?mapId=7');
        expect(container.querySelector('a.jm-edit')?.getAttribute('href'))
            .toBe('/confluence/plugins/servlet/journeymaps/editor?mapId=7');
    });

    it('keeps the lanes the page author chose', () => {
        mount({ laneTypes: new Set(['PAIN_POINTS']) });
        expect(rowHeaders()).toEqual(['Douleurs']);
        expect([...container.querySelectorAll('select[id$=lane-filter] option')].map((o) => o.getAttribute('value')))
            .toEqual(['', 'PAIN_POINTS']);
    });
});
