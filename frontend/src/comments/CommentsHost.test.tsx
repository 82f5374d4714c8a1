import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChangeFeed } from '../common/api/changes';
import { I18n } from '../common/i18n';
import { LiveSession, VIEWER_PACE, type SessionApi } from '../live/session';
import type { Comment } from './api';
import { CommentsHost } from './CommentsHost';

const listComments = vi.hoisted(() => vi.fn<(mapId: number) => Promise<Comment[]>>());
vi.mock('./api', () => ({ listComments }));

const MAP_ID = 7;
const i18n = new I18n({ 'journeymaps.comments.open': 'Comments' });
const permissions = { view: true, comment: true, edit: false };

function comment(id: number): Comment {
    return {
        id, anchorType: 'MAP', anchorId: null, parentId: null, author: null, body: 'x', mentions: [],
        resolved: false, createdAt: '2026-01-01T00:00:00Z', editedAt: null, version: 0,
    };
}

function feedOf(type: 'COMMENT' | 'CARD'): ChangeFeed {
    return {
        revision: 6,
        changes: [{ revision: 6, author: 'bob', at: '2026-01-01T00:00:00Z', op: `${type}_CREATED`, element: { type, id: 1 } }],
    };
}

/** A live session on the map whose single poll answers `feed`. */
function sessionAnswering(feed: ChangeFeed, mapId = MAP_ID): LiveSession {
    const api = { getChanges: vi.fn(async () => feed), heartbeat: vi.fn(async () => []), leave: vi.fn() };
    return new LiveSession(mapId, 5, false, VIEWER_PACE, { onFeed: vi.fn(), onExpired: vi.fn() }, api as unknown as SessionApi);
}

async function poll(session: LiveSession): Promise<void> {
    await act(() => session.tick());
    session.stop();
}

describe('comments host, live', () => {
    let element: HTMLElement;

    beforeEach(async () => {
        listComments.mockReset();
        listComments.mockResolvedValueOnce([]).mockResolvedValue([comment(1), comment(2)]);
        element = document.createElement('div');
        await act(() => render(
            <CommentsHost mapId={MAP_ID} mapTitle="Map" permissions={permissions} i18n={i18n}><p>map</p></CommentsHost>,
            element));
        expect(listComments).toHaveBeenCalledTimes(1);
    });

    afterEach(() => render(null, element));

    const badge = () => element.querySelector('.jm-comments-toggle .aui-badge')?.textContent;

    it('reloads its comments when a live feed holds a comment change, and shows the new count', async () => {
        expect(badge()).toBe('0');
        await poll(sessionAnswering(feedOf('COMMENT')));
        expect(listComments).toHaveBeenCalledTimes(2);
        expect(listComments).toHaveBeenLastCalledWith(MAP_ID);
        expect(badge()).toBe('2');
    });

    it('does not reload for a feed without comment changes', async () => {
        await poll(sessionAnswering(feedOf('CARD')));
        expect(listComments).toHaveBeenCalledTimes(1);
        expect(badge()).toBe('0');
    });

    it("ignores another map's comment changes", async () => {
        await poll(sessionAnswering(feedOf('COMMENT'), MAP_ID + 1));
        expect(listComments).toHaveBeenCalledTimes(1);
    });

    it('stops listening once unmounted', async () => {
        act(() => render(null, element));
        await poll(sessionAnswering(feedOf('COMMENT')));
        expect(listComments).toHaveBeenCalledTimes(1);
    });
});
