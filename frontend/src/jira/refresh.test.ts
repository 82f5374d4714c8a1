import { afterEach, describe, expect, it, vi } from 'vitest';
import { sampleMap } from '../viewer/testdata';
import { refreshedMap } from './refresh';
import { fakeJiraServer, issue } from './testing';

afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
});

describe('refreshedMap', () => {
    it('asks Jira nothing when no card has a linked issue', async () => {
        const server = fakeJiraServer();
        const map = sampleMap({ cards: sampleMap().cards.map((c) => ({ ...c, issues: [] })) });
        expect(await refreshedMap(map)).toBeUndefined();
        expect(server.calls).toEqual([]);
    });

    it('refreshes the status, then reads the map again for the new roll-up', async () => {
        const server = fakeJiraServer();
        const fresh = sampleMap({ rollup: { resolved: 1, total: 1, stages: [{ stageId: 11, resolved: 1, total: 1 }] } });
        server.answer('POST /maps/7/issues/refresh', () => ({ status: 200, body: [issue('CX-12', 'Done', 'DONE')] }));
        server.answer('GET /maps/7', () => ({ status: 200, body: fresh }));
        expect(await refreshedMap(sampleMap())).toEqual(fresh);
        expect(server.calls.map((c) => `${c.method} ${c.path}`)).toEqual(['POST /maps/7/issues/refresh', 'GET /maps/7']);
    });

    it('still reads the map again when the refresh fails, so the links say why', async () => {
        const server = fakeJiraServer();
        const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
        server.failNext('POST /maps/7/issues/refresh', 503, { status: 503, message: 'down', jira: { code: 'UNREACHABLE', message: 'down' } });
        server.answer('GET /maps/7', () => ({ status: 200, body: sampleMap() }));
        expect(await refreshedMap(sampleMap())).toEqual(sampleMap());
        expect(warn).toHaveBeenCalledOnce();
    });
});
