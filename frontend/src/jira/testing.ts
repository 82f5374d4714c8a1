// A fake app server for the Jira UI's tests, behind a stubbed fetch: the Jira endpoints of rest-api.md with
// one Jira server, projects CX and IT, idempotent creates per request id, and scripted failures.

import { act } from 'preact/test-utils';
import { vi } from 'vitest';
import type { IssueLink } from '../common/api/jira';

export interface Call {
    readonly method: string;
    readonly path: string;
    readonly body: unknown;
}

interface Reply {
    readonly status: number;
    readonly body?: unknown;
}

const json = (reply: Reply) => new Response(reply.body === undefined ? null : JSON.stringify(reply.body),
    { status: reply.status, headers: { 'Content-Type': 'application/json' } });

export function issue(key: string, status = 'To Do', statusCategory = 'NEW'): IssueLink {
    return { server: 'jira-1', key, url: `https://jira.example.com/browse/${key}`, summary: `Summary of ${key}`, status, statusCategory };
}

/** Installs the fake as `fetch`; `failures` answer the next matching requests (before the normal answer). */
export function fakeJiraServer() {
    const calls: Call[] = [];
    const failures: Array<{ readonly match: string; readonly reply: Reply }> = [];
    const byRequestId = new Map<string, IssueLink>();
    let nextNumber = 100;
    const extra: Array<{ readonly match: string; readonly reply: () => Reply }> = [];

    const answer = (method: string, path: string, body: Record<string, unknown> | undefined): Reply => {
        const line = `${method} ${path}`;
        const failure = failures.findIndex((f) => line.startsWith(f.match));
        if (failure >= 0) {
            return failures.splice(failure, 1)[0].reply;
        }
        const scripted = extra.find((e) => line.startsWith(e.match));
        if (scripted) {
            return scripted.reply();
        }
        if (line === 'GET /jira/servers') {
            return { status: 200, body: [{ id: 'jira-0', name: 'Old Jira', url: 'https://old.example.com', primary: false },
                { id: 'jira-1', name: 'Jira', url: 'https://jira.example.com', primary: true }] };
        }
        if (line.startsWith('GET /jira/projects?')) {
            return { status: 200, body: [{ key: 'CX', name: 'Customer experience' }, { key: 'IT', name: 'Internal tools' }] };
        }
        if (line.startsWith('GET /jira/issuetypes?')) {
            return { status: 200, body: [{ id: '10001', name: 'Task', requiredFields: [] },
                { id: '10002', name: 'Bug', requiredFields: [{ key: 'customfield_1', name: 'Severity' }] }] };
        }
        const create = /^POST \/maps\/\d+\/cards\/\d+\/issues$/.test(line) ? body : undefined;
        if (create?.create !== undefined) {
            const requestId = String(create.requestId);
            const fields = create.create as { project: string; summary: string };
            const link = byRequestId.get(requestId) ?? { ...issue(`${fields.project}-${nextNumber++}`), summary: fields.summary };
            byRequestId.set(requestId, link);
            return { status: 201, body: link };
        }
        if (create?.link !== undefined) {
            return { status: 201, body: issue((create.link as { key: string }).key, 'In Progress', 'INDETERMINATE') };
        }
        if (method === 'DELETE') {
            return { status: 204 };
        }
        return { status: 404, body: { status: 404, message: `no route ${line}` } };
    };

    const fetch = vi.fn(async (url: string, init: RequestInit = {}) => {
        const method = init.method ?? 'GET';
        const path = url.replace(/^.*\/rest\/journeymaps\/1\.0/, '');
        const body = typeof init.body === 'string' ? JSON.parse(init.body) as Record<string, unknown> : undefined;
        calls.push({ method, path, body });
        return json(answer(method, path, body));
    });
    vi.stubGlobal('fetch', fetch);
    return {
        calls,
        /** The next request starting with `match` (e.g. `POST /maps/1/cards/30/issues`) gets `reply`. */
        failNext(match: string, status: number, body?: unknown) {
            failures.push({ match, reply: { status, body } });
        },
        /** Every request starting with `match` gets the reply `reply()` makes. */
        answer(match: string, reply: () => Reply) {
            extra.push({ match, reply });
        },
        /** How many Jira issues the creates made (a retry with the same request id makes none). */
        get created() {
            return byRequestId.size;
        },
    };
}

/** Lets pending requests answer and Preact render, round after round (a list's load waits for the previous one). */
export async function settle(): Promise<void> {
    for (let i = 0; i < 8; i++) {
        await act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
    }
}

/** The app's English texts, read from the properties file the server serves them from. */
export async function englishTexts(): Promise<Record<string, string>> {
    const { readFileSync } = await import('node:fs');
    const { resolve } = await import('node:path');
    const file = resolve(__dirname, '../../../src/main/resources/i18n/journeymaps.properties');
    const texts: Record<string, string> = {};
    for (const line of readFileSync(file, 'utf-8').split('\n')) {
        const match = /^([\w.]+)=(.*)$/.exec(line);
        if (match) {
            texts[match[1]] = match[2].replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
        }
    }
    return texts;
}
