import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { JourneyMap, MapSummary, NewMap } from '../common/api/maps';
import { ApiError } from '../common/http';
import { I18n } from '../common/i18n';
import type { MacroDialogApi, TemplateSummary } from './api';
import type { EditedPage } from './confluence';
import { showMacroDialog } from './open';

const page: EditedPage = { pageId: 42, spaceKey: 'DEMO', title: 'Support page' };

function summary(id: number, title: string): MapSummary {
    return { id, pageId: 40, spaceKey: 'DEMO', title, state: 'CURRENT', revision: 1, updatedAt: '2026-11-20T10:00:00Z' };
}

function fullMap(id: number, title: string, edit = true): JourneyMap {
    return { ...summary(id, title), version: 1, createdAt: '2026-11-20T10:00:00Z', personas: [], stages: [], lanes: [],
        cards: [], emotions: [], permissions: { view: true, comment: true, edit } };
}

const ticketTemplate: TemplateSummary = { id: 'it-support-ticket', name: 'IT support ticket', description: 'From report to fix',
    stages: [{ name: 'Report' }, { name: 'Fix' }], lanes: [{ name: 'Actions', type: 'ACTIONS' }], cardCount: 9 };

function fakeApi(maps: MapSummary[]): MacroDialogApi & { created: NewMap[] } {
    const created: NewMap[] = [];
    return {
        created,
        searchMaps: vi.fn(async (_space: string, q: string) => {
            const results = maps.filter((m) => m.title.toLowerCase().includes(q.toLowerCase()));
            return { results, start: 0, limit: 25, size: results.length, more: false };
        }),
        getMap: vi.fn(async (id: number) => {
            const found = maps.find((m) => m.id === id);
            if (found === undefined) {
                throw new ApiError(404, 'not found');
            }
            return fullMap(found.id, found.title);
        }),
        listTemplates: vi.fn(async () => [ticketTemplate]),
        createMap: vi.fn(async (map: NewMap) => {
            created.push(map);
            if (map.title === 'taken') {
                throw new ApiError(400, 'Invalid', [{ field: 'title', message: 'title: too long' }]);
            }
            return fullMap(99, map.title);
        }),
    };
}

async function settle() {
    for (let i = 0; i < 5; i++) {
        await act(async () => { await new Promise((resolve) => setTimeout(resolve, 0)); });
    }
}

function open(api: MacroDialogApi, params?: Record<string, string>, onPage = page) {
    const outcome = { complete: vi.fn(), cancel: vi.fn() };
    act(() => { showMacroDialog({ name: 'journey-map', params }, new I18n({}), api, onPage, outcome); });
    return outcome;
}

const $ = <T extends Element = HTMLElement>(selector: string) => document.querySelector<T>(selector);

function click(selector: string) {
    act(() => { $(selector)!.click(); });
}

describe('the macro dialog', () => {
    beforeEach(() => document.body.replaceChildren());

    it('opens a new macro on Pick when the space has maps and inserts the chosen one with its options', async () => {
        const outcome = open(fakeApi([summary(1, 'Checkout'), summary(2, 'Returns')]));
        await settle();
        expect($('#jm-mb-tab-pick')!.getAttribute('aria-selected')).toBe('true');
        expect(document.activeElement?.id).toBe('jm-mb-search');
        click('[data-map-id="2"] input');
        click('.jm-mb-options input[value="PAIN_POINTS"]');
        click('#jm-mb-compact');
        click('.jm-mb-confirm');
        expect(outcome.complete).toHaveBeenCalledWith({ mapId: '2', lanes: 'PAIN_POINTS', compact: 'true' });
        expect($('.jm-mb-dialog')).toBeNull();
    });

    it('says a map must be chosen before inserting', async () => {
        const outcome = open(fakeApi([summary(1, 'Checkout')]));
        await settle();
        click('.jm-mb-confirm');
        expect(outcome.complete).not.toHaveBeenCalled();
        expect($('.jm-mb-footer-message')!.textContent).toBe('journeymaps.macrobrowser.pick.required');
    });

    it('opens on Create in a space without maps and creates the map from a template on this page', async () => {
        const api = fakeApi([]);
        const outcome = open(api);
        await settle();
        expect($('#jm-mb-tab-create')!.getAttribute('aria-selected')).toBe('true');
        click('[data-template-id="it-support-ticket"] input');
        expect($<HTMLInputElement>('#jm-mb-title')!.value).toBe('IT support ticket');
        click('.jm-mb-confirm');
        await settle();
        expect(api.created).toEqual([{ pageId: 42, title: 'IT support ticket', state: 'CURRENT', templateId: 'it-support-ticket' }]);
        expect(outcome.complete).toHaveBeenCalledWith({ mapId: '99' });
    });

    it('shows the API\'s message for a rejected title and keeps the dialog open', async () => {
        const api = fakeApi([]);
        const outcome = open(api);
        await settle();
        const title = $<HTMLInputElement>('#jm-mb-title')!;
        act(() => { title.value = 'taken'; title.dispatchEvent(new Event('input', { bubbles: true })); });
        click('.jm-mb-confirm');
        await settle();
        expect(outcome.complete).not.toHaveBeenCalled();
        expect($('#jm-mb-title-error')!.textContent).toBe('title: too long');
        expect($('#jm-mb-title')!.getAttribute('aria-invalid')).toBe('true');
    });

    it('explains that a page never saved cannot hold a new map, and still lets the user pick one', async () => {
        open(fakeApi([]), undefined, { ...page, pageId: undefined });
        await settle();
        expect($('#jm-mb-panel-create')!.textContent).toBe('journeymaps.macrobrowser.create.nopage');
        expect($<HTMLButtonElement>('.jm-mb-confirm')!.disabled).toBe(true);
        click('#jm-mb-tab-pick');
        expect($<HTMLButtonElement>('.jm-mb-confirm')!.disabled).toBe(false);
    });

    it('preselects the placeholder\'s map and options, offers its editor, and saves another choice', async () => {
        const outcome = open(fakeApi([summary(5, 'Onboarding'), summary(6, 'Renewal')]), { mapId: '5', lanes: 'actions', compact: 'true' });
        await settle();
        expect($<HTMLInputElement>('[data-map-id="5"] input')!.checked).toBe(true);
        expect($('.jm-mb-maps .jm-mb-choice')!.textContent).toContain('journeymaps.macrobrowser.map.current');
        expect($<HTMLInputElement>('.jm-mb-options input[value="ACTIONS"]')!.checked).toBe(true);
        expect($<HTMLAnchorElement>('.jm-mb-open-editor a')!.getAttribute('href')).toBe('/plugins/servlet/journeymaps/editor?mapId=5');
        expect($('.jm-mb-confirm')!.textContent).toBe('journeymaps.macrobrowser.save');
        click('[data-map-id="6"] input');
        click('.jm-mb-confirm');
        expect(outcome.complete).toHaveBeenCalledWith({ mapId: '6', lanes: 'ACTIONS', compact: 'true' });
    });

    it('warns when the placeholder\'s map is gone', async () => {
        open(fakeApi([summary(6, 'Renewal')]), { mapId: '5' });
        await settle();
        expect($('.aui-message-warning')!.textContent).toBe('journeymaps.macrobrowser.map.missing');
        expect($('.jm-mb-open-editor')).toBeNull();
    });

    it('cancels on Escape and moves between tabs with the arrow keys', async () => {
        const outcome = open(fakeApi([summary(1, 'Checkout')]));
        await settle();
        const pickTab = $('#jm-mb-tab-pick')!;
        act(() => { pickTab.focus(); pickTab.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true })); });
        expect($('#jm-mb-tab-create')!.getAttribute('aria-selected')).toBe('true');
        expect(document.activeElement?.id).toBe('jm-mb-tab-create');
        expect($('#jm-mb-panel-pick')!.hidden).toBe(true);
        act(() => { document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })); });
        expect(outcome.cancel).toHaveBeenCalled();
        expect($('.jm-mb-host')).toBeNull();
    });

    it('renders map titles as text, never as markup', async () => {
        open(fakeApi([summary(1, '<img src=x onerror=alert(1)>')]));
        await settle();
        expect($('.jm-mb-choice-title')!.textContent).toBe('<img src=x onerror=alert(1)>');
        expect($('.jm-mb-maps img')).toBeNull();
    });
});
