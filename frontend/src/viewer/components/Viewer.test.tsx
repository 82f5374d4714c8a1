import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JourneyMap } from '../../common/api/maps';
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
    'journeymaps.canvas.severity.CRITICAL': 'Critical',
    'journeymaps.canvas.curve.text': '{0} curve: {1}',
    'journeymaps.canvas.present.announce': 'Stage {0} of {1}: {2}',
    'journeymaps.emotion.score': 'score {0} ({1})',
    'journeymaps.emotion.level.plus1': 'positive',
});

let container: HTMLElement;

function mount(overrides: Partial<MacroRoot> = {}, editUrl: string | null = null, map: JourneyMap = sampleMap()) {
    const root: MacroRoot = {
        element: container, mapId: 7, canEdit: false, laneTypes: new Set(), compact: false,
        staticView: container, ...overrides,
    };
    act(() => render(<Viewer root={root} map={map} i18n={i18n} editUrl={editUrl} />, container));
}

function change(select: HTMLSelectElement, value: string) {
    act(() => {
        select.value = value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
    });
}

const rowHeaders = () => [...container.querySelectorAll('[role=rowheader] .jm-lane-name')].map((e) => e.firstChild?.textContent);
const grid = () => container.querySelector('[role=grid]');
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
    it('renders a grid with stage and lane headers, its label and the curve with its text alternative', () => {
        mount();
        expect([...container.querySelectorAll('[role=columnheader][data-stage-id] .jm-stage-name')].map((e) => e.textContent))
            .toEqual(['Recherche', 'Achat', 'Livraison']);
        expect(rowHeaders()).toEqual(['Actions', 'Émotions', 'Douleurs', 'Canaux']);
        expect(grid()?.getAttribute('aria-label')).toBe('Journey map "Achat <en ligne>": 3 stages, 4 lanes');
        const curve = container.querySelector('.jm-curve-cell');
        const alternative = container.querySelector(`#${curve?.getAttribute('aria-describedby')}`);
        expect(alternative?.textContent).toContain('Recherche score +1 (positive) — Contente');
    });

    it('shows user text as text, never as markup', () => {
        mount();
        expect(container.querySelector('script')).toBeNull();
        expect(container.textContent).toContain('Compte obligatoire <script>');
    });

    it('heads a pain point with its severity and shows a touchpoint channel with an icon', () => {
        mount();
        expect(container.querySelector('.jm-card-pain-points .jm-severity-critical')?.textContent).toBe('Critical');
        expect(container.querySelector('.jm-card-touchpoints .jm-card-kind svg.jm-icon')?.getAttribute('aria-hidden')).toBe('true');
    });

    it('shows no comment badge where no thread exists', () => {
        mount();
        expect(container.querySelectorAll('.jm-thread')).toHaveLength(0);
    });

    it('filters to one lane type and updates the caption', () => {
        mount();
        change(container.querySelector<HTMLSelectElement>('select[id$=lane-filter]')!, 'PAIN_POINTS');
        expect(rowHeaders()).toEqual(['Douleurs']);
        expect(grid()?.getAttribute('aria-label')).toContain('3 stages, 1 lanes');
        change(container.querySelector<HTMLSelectElement>('select[id$=lane-filter]')!, '');
        expect(rowHeaders()).toHaveLength(4);
    });

    it("filters the curve to one persona's series and those of everyone", () => {
        mount();
        // The current curve, Marc's, and Léa's target broken where she has no point.
        expect(container.querySelectorAll('.jm-curve-svg path.jm-cline')).toHaveLength(4);
        change(container.querySelector<HTMLSelectElement>('select[id$=persona-filter]')!, '2');
        expect(container.querySelectorAll('.jm-curve-svg path.jm-cline')).toHaveLength(2);
    });

    it('zooms with the buttons and the keys, within the levels', () => {
        mount();
        act(() => container.querySelector<HTMLButtonElement>('.jm-zoom-in')!.click());
        expect(zoomFrame()?.style.zoom).toBe('1.1');
        expect(container.querySelector('.jm-zoom-reset')?.textContent).toBe('110%');
        const region = container.querySelector<HTMLElement>('[role=columnheader][data-stage-id]')!;
        act(() => {
            region.dispatchEvent(new KeyboardEvent('keydown', { key: '-', bubbles: true }));
            region.dispatchEvent(new KeyboardEvent('keydown', { key: '-', bubbles: true }));
        });
        expect(zoomFrame()?.style.zoom).toBe('0.9');
        act(() => container.querySelector<HTMLButtonElement>('.jm-zoom-reset')!.click());
        expect(zoomFrame()?.style.zoom).toBe('1');
        expect(container.querySelector<HTMLButtonElement>('.jm-zoom-reset')!.disabled).toBe(true);
    });

    it("heads the map with the space's logo while its branding is on", () => {
        mount();
        expect(container.querySelector('img.jm-map-logo')).toBeNull();
        render(null, container);
        const branding = { spaceKey: 'DEMO', enabled: true, brand: '#AA0000', brandText: '#FFFFFF',
            phaseColours: [], phaseTextColours: [], logoUrl: '/rest/journeymaps/1.0/spaces/DEMO/branding/logo?v=2', version: 2 };
        mount({}, null, { ...sampleMap(), branding });
        expect(container.querySelector('img.jm-map-logo')?.getAttribute('src')).toBe(branding.logoUrl);
        render(null, container);
        mount({}, null, { ...sampleMap(), branding: { ...branding, enabled: false } });
        expect(container.querySelector('img.jm-map-logo')).toBeNull();
    });

    it('offers the editor only with an edit address', () => {
        mount();
        expect(container.querySelector('a.jm-edit')).toBeNull();
        render(null, container);
        mount({ canEdit: true }, '/confluence/plugins/servlet/journeymaps/editor?mapId=7');
        expect(container.querySelector('a.jm-edit')?.getAttribute('href'))
            .toBe('/confluence/plugins/servlet/journeymaps/editor?mapId=7');
    });

    it('presents one stage at a time: arrows move, Escape leaves and gives the focus back', () => {
        mount();
        const present = container.querySelector<HTMLButtonElement>('.jm-present-button')!;
        present.focus();
        act(() => present.click());
        const dialog = () => container.querySelector<HTMLElement>('[role=dialog].jm-present');
        expect(dialog()?.querySelector('[role=status]')?.textContent).toBe('Stage 1 of 3: Recherche');
        expect(document.activeElement?.textContent).toContain('Recherche');
        act(() => { dialog()!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true })); });
        expect(dialog()?.querySelector('[role=status]')?.textContent).toBe('Stage 2 of 3: Achat');
        expect(dialog()?.textContent).toContain('Compte obligatoire <script>');
        act(() => { dialog()!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })); });
        expect(dialog()).toBeNull();
        expect(document.activeElement).toBe(present);
    });

    it('keeps the lanes the page author chose', () => {
        mount({ laneTypes: new Set(['PAIN_POINTS']) });
        expect(rowHeaders()).toEqual(['Douleurs']);
        expect([...container.querySelectorAll('select[id$=lane-filter] option')].map((o) => o.getAttribute('value')))
            .toEqual(['', 'PAIN_POINTS']);
    });
});
