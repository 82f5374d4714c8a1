import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { IssueLink } from '../../common/api/jira';
import type { LaneType } from '../../common/api/lanes';
import { I18n } from '../../common/i18n';
import { EditorContext, useStoreVersion } from '../../editor/components/context';
import type { EditorStore } from '../../editor/store';
import { fakeStore } from '../../editor/testing';
import { englishTexts, fakeJiraServer, issue, settle } from '../testing';
import { CardIssues } from './CardIssues';

let i18n: I18n;
let container: HTMLElement;
let store: EditorStore;
let server: ReturnType<typeof fakeJiraServer>;
let nextCard = 30;

beforeAll(async () => {
    i18n = new I18n(await englishTexts());
});

beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    server = fakeJiraServer();
    store = fakeStore().store;
});

afterEach(() => {
    render(null, container);
    container.remove();
    vi.unstubAllGlobals();
});

function Host({ laneType }: { readonly laneType: LaneType }) {
    useStoreVersion(store);
    const card = store.map.cards.find((c) => c.id === nextCard)!;
    return <CardIssues card={card} laneType={laneType} />;
}

/** Shows a card (a new id each test: drafts are kept per card) with `issues`, and opens its dialog. */
async function open(issues: IssueLink[] = [], laneType: LaneType = 'PAIN_POINTS') {
    nextCard += 1;
    store.map = { ...store.map, cards: store.map.cards.map((c) => ({ ...c, id: nextCard, issues })) };
    act(() => render(
        <EditorContext.Provider value={{ store, i18n, confirm: async () => true }}><Host laneType={laneType} /></EditorContext.Provider>,
        container));
    const button = container.querySelector<HTMLButtonElement>('button.jm-jira-open');
    if (button !== null) {
        act(() => button.click());
        await settle();
    }
}

const $ = <T extends Element = HTMLElement>(selector: string) => container.querySelector<T>(selector)!;
const field = (name: string) => $<HTMLInputElement & HTMLSelectElement>(`#jm-jira-${nextCard}-${name}`);
const path = () => `/maps/1/cards/${nextCard}/issues`;
const posts = () => server.calls.filter((c) => c.method === 'POST');

function type(element: HTMLInputElement, value: string) {
    act(() => {
        element.value = value;
        element.dispatchEvent(new Event('input', { bubbles: true }));
    });
}

function choose(element: HTMLSelectElement, value: string) {
    act(() => {
        element.value = value;
        element.dispatchEvent(new Event('change', { bubbles: true }));
    });
}

async function click(selector: string) {
    act(() => $<HTMLButtonElement>(selector).click());
    await settle();
}

describe('the Jira issues dialog', () => {
    it('is offered on pain points and opportunities only', async () => {
        await open([], 'ACTIONS');
        expect(container.querySelector('.jm-jira-open')).toBeNull();
        await open([], 'OPPORTUNITIES');
        expect($('.jm-jira-open').textContent).toBe('Jira issues (0)');
    });

    it('opens on the summary, prefilled from the card, with the primary server and the lists read from Jira', async () => {
        await open();
        expect($('[role=dialog]').getAttribute('aria-labelledby')).toBe($('[role=dialog] h2').id);
        expect(document.activeElement).toBe(field('summary'));
        expect(field('summary').value).toBe('Slow site');
        expect(field('server').value).toBe('jira-1');
        expect([...field('project').options].map((o) => o.textContent)).toEqual(['Customer experience (CX)', 'Internal tools (IT)']);
        expect(field('type').value).toBe('10001');
        choose(field('project'), 'IT');
        await settle();
        expect(server.calls.at(-1)?.path).toBe('/jira/issuetypes?server=jira-1&project=IT');
        choose(field('type'), '10002');
        expect($(`#jm-jira-${nextCard}-type-hint`).textContent).toContain('requires fields the map cannot fill: Severity');
    });

    it('creates the issue with a request id, then lists it with its status and puts it on the card', async () => {
        await open();
        type(field('labels'), 'ux, mobile');
        type(field('description'), 'Seen in the interviews');
        await click('.jm-jira-create-submit');
        const post = posts()[0];
        expect(post.path).toBe(path());
        expect(post.body).toEqual({
            create: { server: 'jira-1', project: 'CX', issueType: '10001', summary: 'Slow site', description: 'Seen in the interviews', labels: ['ux', 'mobile'] },
            requestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
        });
        expect($('.jm-jira-linked [data-issue-key="CX-100"] .jm-jira-status-new').textContent).toBe('To Do');
        expect(store.map.cards[0].issues?.map((i) => i.key)).toEqual(['CX-100']);
        expect(store.announcement).toBe('CX-100 created and linked to the card.');
        expect(field('labels').value).toBe('');
    });

    it('keeps everything typed after Jira fails, and "Try again" sends the same request id: no second issue', async () => {
        await open();
        type(field('summary'), 'Checkout is slow');
        server.failNext(`POST ${path()}`, 503, { status: 503, message: 'Jira unreachable', jira: { code: 'TIMEOUT', message: 'Read timed out' } });
        await click('.jm-jira-create-submit');
        expect($('.jm-jira-failure').textContent).toContain('Jira did not answer in time.');
        expect($('.jm-jira-failure').textContent).toContain('never creates a second issue');
        expect($('.jm-jira-failure').getAttribute('role')).toBe('alert');
        expect(field('summary').value).toBe('Checkout is slow');
        expect($('.jm-jira-create-submit').textContent).toBe('Try again');

        await click('.jm-jira-create-submit');
        await click('.jm-jira-create-submit'); // a new attempt after the success
        const [failed, retried, next] = posts().map((p) => (p.body as { requestId: string }).requestId);
        expect(retried).toBe(failed);
        expect(next).not.toBe(failed);
        expect(server.created).toBe(2);
        expect(container.querySelector('.jm-jira-failure')).toBeNull();
    });

    it("says how long to wait when Jira's rate limit is hit", async () => {
        await open();
        server.failNext(`POST ${path()}`, 429, { status: 429, message: 'x', jira: { code: 'RATE_LIMITED', message: 'x', retryAfterSeconds: 30 } });
        await click('.jm-jira-create-submit');
        expect($('.jm-jira-failure').textContent).toContain('Jira is busy (too many requests). Try again in 30 seconds.');
    });

    it('offers "Connect to Jira" when the project list needs the user\'s consent', async () => {
        server.failNext('GET /jira/projects', 502, { status: 502, message: 'x',
            jira: { code: 'CREDENTIALS_REQUIRED', message: 'x', authorisationUrl: 'https://jira.example.com/plugins/servlet/oauth/authorize?t=1' } });
        await open();
        expect($('.jm-jira-failure a.jm-jira-connect').getAttribute('href')).toBe('https://jira.example.com/plugins/servlet/oauth/authorize?t=1');
    });

    it('refuses a summary left empty without asking the server', async () => {
        await open();
        type(field('summary'), '  ');
        await click('.jm-jira-create-submit');
        expect(posts()).toEqual([]);
        expect($(`#jm-jira-${nextCard}-summary-error`).textContent).toBe('Type a summary.');
        expect(field('summary').getAttribute('aria-describedby')).toBe(`jm-jira-${nextCard}-summary-error`);
    });

    it('links an existing issue by key, and shows beside the field a key Jira does not know', async () => {
        await open();
        act(() => $<HTMLInputElement>('input[value=link]').click());
        const key = () => $<HTMLInputElement>(`#jm-jira-${nextCard}-link-key`);
        type(key(), 'nope');
        await click('.jm-jira-link-submit');
        expect(posts()).toEqual([]);
        expect($(`#jm-jira-${nextCard}-link-key-error`).textContent).toBe('Type an issue key such as CX-12.');

        type(key(), ' cx-999 ');
        server.failNext(`POST ${path()}`, 400, { status: 400, message: 'bad', errors: [{ field: 'link.key', message: 'Jira has no issue CX-999 that you may see' }] });
        await click('.jm-jira-link-submit');
        expect(posts()[0].body).toEqual({ link: { server: 'jira-1', key: 'CX-999' } });
        expect($(`#jm-jira-${nextCard}-link-key-error`).textContent).toBe('Jira has no issue CX-999 that you may see');
        expect(key().value).toBe(' cx-999 ');

        type(key(), 'CX-5');
        await click('.jm-jira-link-submit');
        expect($('.jm-jira-linked [data-issue-key="CX-5"] .jm-jira-status-indeterminate').textContent).toBe('In Progress');
        expect(key().value).toBe('');
    });

    it('unlinks only after a second question that says the issue stays in Jira', async () => {
        await open([issue('CX-1'), issue('CX-2')]);
        await click('.jm-jira-unlink');
        expect($('.jm-jira-unlink-confirm').textContent).toContain('Unlink CX-1 from this card? The issue itself stays in Jira.');
        expect(document.activeElement).toBe($('.jm-jira-unlink-yes'));
        await click('.jm-jira-unlink-confirm button:not(.jm-jira-unlink-yes)');
        expect(document.activeElement?.textContent).toBe('Unlink CX-1');
        expect(server.calls.filter((c) => c.method === 'DELETE')).toEqual([]);

        await click('.jm-jira-unlink');
        await click('.jm-jira-unlink-yes');
        expect(server.calls.filter((c) => c.method === 'DELETE').map((c) => c.path)).toEqual([`${path()}/CX-1`]);
        expect(store.map.cards[0].issues?.map((i) => i.key)).toEqual(['CX-2']);
        expect($('.jm-jira-open').textContent).toBe('Jira issues (1)');
    });

    it('closes on Escape, gives the focus back to its button and keeps what was typed', async () => {
        await open();
        type(field('summary'), 'Typed, not sent');
        act(() => {
            field('summary').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
        });
        expect(container.querySelector('[role=dialog]')).toBeNull();
        expect(document.activeElement).toBe($('.jm-jira-open'));
        await click('.jm-jira-open');
        expect(field('summary').value).toBe('Typed, not sent');
    });

    it('keeps Tab inside the dialog', async () => {
        await open();
        $('.jm-jira-close').focus();
        act(() => {
            $('.jm-jira-close').dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true }));
        });
        expect($('[role=dialog]').contains(document.activeElement)).toBe(true);
        expect(document.activeElement).not.toBe($('.jm-jira-close'));
    });
});
