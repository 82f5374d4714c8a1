import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { IssueLink } from '../../common/api/jira';
import type { JourneyMap } from '../../common/api/maps';
import { I18n } from '../../common/i18n';
import { Viewer } from '../../viewer/components/Viewer';
import { sampleMap } from '../../viewer/testdata';
import { englishTexts, issue } from '../testing';

let i18n: I18n;
let container: HTMLElement;

beforeAll(async () => {
    i18n = new I18n(await englishTexts());
});

beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
});

afterEach(() => {
    render(null, container);
    container.remove();
});

function mapWith(issues: IssueLink[], overrides: Partial<JourneyMap> = {}): JourneyMap {
    const map = sampleMap();
    return { ...map, cards: map.cards.map((c) => (c.id === 32 ? { ...c, issues } : c)), ...overrides };
}

function show(map: JourneyMap) {
    const root = { element: container, mapId: 7, canEdit: false, laneTypes: new Set<never>(), compact: false, staticView: container };
    act(() => render(<Viewer root={root} map={map} i18n={i18n} editUrl={null} />, container));
}

const lozenge = (key: string) => container.querySelector(`[data-issue-key="${key}"]`);

describe('issues in the viewer', () => {
    it('shows each issue as a key linking to Jira and a status coloured by its category', () => {
        show(mapWith([issue('CX-1'), issue('CX-2', 'In Progress', 'INDETERMINATE'), issue('CX-3', 'Done', 'DONE')]));
        expect(lozenge('CX-1')?.querySelector('a.jm-jira-key')?.getAttribute('href')).toBe('https://jira.example.com/browse/CX-1');
        expect(lozenge('CX-1')?.querySelector('.jm-jira-status-new')?.textContent).toBe('To Do');
        expect(lozenge('CX-2')?.querySelector('.jm-jira-status-indeterminate')?.textContent).toBe('In Progress');
        expect(lozenge('CX-3')?.querySelector('.jm-jira-status-done')?.textContent).toBe('Done');
    });

    it('shows the key without a link when the address is missing or not http', () => {
        show(mapWith([{ ...issue('CX-4'), url: 'javascript:alert(1)' }, { ...issue('CX-5'), url: null, status: null }]));
        expect(container.querySelectorAll('a.jm-jira-key')).toHaveLength(0);
        expect(lozenge('CX-5')?.textContent).toBe('CX-5Status unknown');
    });

    it('says in plain words why a status could not be read, keeping the last one known', () => {
        show(mapWith([{ ...issue('CX-6', 'In Progress', 'INDETERMINATE'), error: { code: 'TIMEOUT', message: 'Read timed out' } }]));
        expect(lozenge('CX-6')?.querySelector('.jm-jira-status')?.textContent).toBe('In Progress');
        expect(lozenge('CX-6')?.querySelector('.jm-jira-problem')?.textContent)
            .toBe('Jira did not answer in time. The status shown is the last one read.');
    });

    it('offers "Connect to Jira" when Jira needs the reader\'s consent', () => {
        show(mapWith([{ ...issue('CX-7'), error: { code: 'CREDENTIALS_REQUIRED', message: 'x', authorisationUrl: 'https://jira.example.com/oauth' } }]));
        const connect = lozenge('CX-7')?.querySelector<HTMLAnchorElement>('a.jm-jira-connect');
        expect(connect?.textContent).toBe('Connect to Jira');
        expect(connect?.getAttribute('href')).toBe('https://jira.example.com/oauth');
    });

    it('rolls up pain points only in the cells with Jira links, with the total in the lane header, never in red', () => {
        show(mapWith([issue('CX-3', 'Done', 'DONE')]));
        expect(lozenge('CX-3')?.closest('.jm-cell')?.querySelector('.jm-cell-rollup')?.textContent).toBe('1 of 1 resolved');
        expect(container.querySelectorAll('.jm-cell-rollup')).toHaveLength(1);
        expect(container.querySelector('.jm-lane-pain-points [role=rowheader] .jm-lane-extra')?.textContent)
            .toBe('Jira issues: 1 of 1 resolved');
        expect(container.querySelector('.jm-rollup, .jm-map-rollup')).toBeNull();
    });

    it('shows no roll-up without Jira links, and keeps the filter when the map is refreshed', () => {
        show(mapWith([]));
        expect(container.querySelector('.jm-cell-rollup, .jm-lane-extra')).toBeNull();
        const filter = container.querySelector<HTMLSelectElement>('select[id$=lane-filter]')!;
        act(() => {
            filter.value = 'PAIN_POINTS';
            filter.dispatchEvent(new Event('change', { bubbles: true }));
        });
        show(mapWith([issue('CX-1', 'Done', 'DONE')]));
        expect(container.querySelector<HTMLSelectElement>('select[id$=lane-filter]')!.value).toBe('PAIN_POINTS');
        expect(lozenge('CX-1')?.querySelector('.jm-jira-status-done')?.textContent).toBe('Done');
        expect(container.querySelector('.jm-cell-rollup')?.textContent).toBe('1 of 1 resolved');
    });
});
