import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChangeFeed, Presence } from '../common/api/changes';
import { ApiError } from '../common/http';
import { EDITOR_PACE, HEARTBEAT_MS, LiveSession, type SessionApi } from './session';

const alice: Presence = { userKey: 'a', name: 'Alice', editing: true, self: false };

function fakeApi(feeds: Array<ChangeFeed | ApiError>) {
    return {
        getChanges: vi.fn<(mapId: number, since: number) => Promise<ChangeFeed>>(async () => {
            const next = feeds.shift() ?? { revision: 9, changes: [] };
            if (next instanceof ApiError) {
                throw next;
            }
            return next;
        }),
        heartbeat: vi.fn(async () => [alice]),
        leave: vi.fn(),
    };
}

describe('live session', () => {
    beforeEach(() => vi.useFakeTimers());
    afterEach(() => vi.useRealTimers());

    it('polls every second from the revision the last feed gave, and hands each feed over', async () => {
        const api = fakeApi([{ revision: 6, changes: [], presence: [alice] }, { revision: 8, changes: [] }]);
        const onFeed = vi.fn();
        const session = new LiveSession(1, 5, true, EDITOR_PACE, { onFeed, onExpired: vi.fn() }, api as unknown as SessionApi);
        session.start();
        await vi.advanceTimersByTimeAsync(0);
        expect(api.getChanges).toHaveBeenLastCalledWith(1, 5);
        await vi.advanceTimersByTimeAsync(1000);
        expect(api.getChanges).toHaveBeenLastCalledWith(1, 6);
        await vi.advanceTimersByTimeAsync(1000);
        expect(api.getChanges).toHaveBeenLastCalledWith(1, 8);
        expect(onFeed).toHaveBeenCalledTimes(3);
        expect(session.presence).toEqual([alice]);
        session.stop();
    });

    it('beats presence at once and then every 10 s, and leaves when the page goes away', async () => {
        const api = fakeApi([]);
        const session = new LiveSession(1, 5, true, EDITOR_PACE, { onFeed: vi.fn(), onExpired: vi.fn() }, api as unknown as SessionApi);
        session.start();
        await vi.advanceTimersByTimeAsync(HEARTBEAT_MS - 1);
        expect(api.heartbeat).toHaveBeenCalledTimes(1);
        expect(api.heartbeat).toHaveBeenCalledWith(1, session.session, true);
        await vi.advanceTimersByTimeAsync(1000);
        expect(api.heartbeat).toHaveBeenCalledTimes(2);

        window.dispatchEvent(new Event('pagehide'));
        expect(api.leave).toHaveBeenCalledWith(1, session.session);
        session.stop();
    });

    it('reloads on 410 and goes on from the reloaded revision', async () => {
        const api = fakeApi([new ApiError(410, 'gone')]);
        const onExpired = vi.fn(async () => 42);
        const session = new LiveSession(1, 5, true, EDITOR_PACE, { onFeed: vi.fn(), onExpired }, api as unknown as SessionApi);
        session.start();
        await vi.advanceTimersByTimeAsync(1000);
        expect(onExpired).toHaveBeenCalledTimes(1);
        expect(api.getChanges).toHaveBeenLastCalledWith(1, 42);
        session.stop();
    });

    it('waits while the client has writes under way, and asks again at once when the feed says there is more', async () => {
        const api = fakeApi([{ revision: 7, changes: [], more: true }]);
        let writing = true;
        const session = new LiveSession(1, 5, true, EDITOR_PACE, { onFeed: vi.fn(), onExpired: vi.fn(), canPoll: () => !writing },
            api as unknown as SessionApi);
        session.start();
        await vi.advanceTimersByTimeAsync(2500);
        expect(api.getChanges).not.toHaveBeenCalled();
        writing = false;
        await vi.advanceTimersByTimeAsync(1000);
        expect(api.getChanges.mock.calls.map((c) => c[1])).toEqual([5, 7]);
        session.stop();
    });

    it('keeps polling after a failure', async () => {
        const api = fakeApi([new ApiError(0, 'offline')]);
        const session = new LiveSession(1, 5, true, EDITOR_PACE, { onFeed: vi.fn(), onExpired: vi.fn() }, api as unknown as SessionApi);
        session.start();
        await vi.advanceTimersByTimeAsync(1000);
        expect(api.getChanges).toHaveBeenCalledTimes(2);
        session.stop();
    });
});
