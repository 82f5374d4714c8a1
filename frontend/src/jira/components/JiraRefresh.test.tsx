import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { JourneyMap } from '../../common/api/maps';
import { I18n } from '../../common/i18n';
import { sampleMap } from '../../viewer/testdata';
import { englishTexts, fakeJiraServer, issue, settle } from '../testing';
import { JiraRefresh } from './JiraRefresh';

let i18n: I18n;
let container: HTMLElement;
beforeAll(async () => {
    i18n = new I18n({ ...(await englishTexts()), 'journeymaps.locale': 'fr-FR' });
});
beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
});
afterEach(() => {
    render(null, container);
    container.remove();
    vi.unstubAllGlobals();
});

function withIssues(syncedAt: string): JourneyMap {
    const map = sampleMap();
    return { ...map, cards: map.cards.map((c, i) => (i === 0 ? { ...c, issues: [{ ...issue('CX-1'), syncedAt }] } : c)) };
}

describe('Refresh now', () => {
    it('reads Jira again skipping the cache, shows the map read again and when Jira was read, in the reader locale', async () => {
        const server = fakeJiraServer();
        const fresh = withIssues('2026-12-03T17:40:00Z');
        server.answer('POST /maps/', () => ({ status: 200, body: [] }));
        server.answer('GET /maps/', () => ({ status: 200, body: fresh }));
        const onRefreshed = vi.fn();
        act(() => render(<JiraRefresh map={withIssues('2026-12-03T16:28:00Z')} i18n={i18n} onRefreshed={onRefreshed} />, container));

        expect(container.querySelector('.jm-jira-synced')?.textContent).toMatch(/^Jira statuses read on 3 déc\. 2026/);
        act(() => container.querySelector<HTMLButtonElement>('.jm-jira-refresh-now')!.click());
        await settle();

        expect(server.calls.map((c) => `${c.method} ${c.path}`)).toEqual([`POST /maps/${fresh.id}/issues/refresh?force=true`, `GET /maps/${fresh.id}`]);
        expect(onRefreshed).toHaveBeenCalledWith(fresh);
        expect(container.querySelector('[role=status]')?.textContent).toBe('Jira statuses are up to date.');
    });

    it('is not there without linked issues', () => {
        const map = sampleMap();
        const unlinked = { ...map, cards: map.cards.map((c) => ({ ...c, issues: [] })) };
        act(() => render(<JiraRefresh map={unlinked} i18n={i18n} onRefreshed={() => undefined} />, container));
        expect(container.querySelector('.jm-jira-refresh')).toBeNull();
    });
});
