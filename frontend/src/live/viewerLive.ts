// The viewer's live link: when the map changed, it is read again and shown (filters and zoom stay, as the
// component is only re-rendered). Slower than the editor: every 10 s, or at once when the tab gets focus.

import type { JourneyMap } from '../common/api/maps';
import { getMap } from '../common/api/maps';
import { LiveSession, VIEWER_PACE } from './session';

export function startViewerLive(map: JourneyMap, show: (map: JourneyMap) => void): LiveSession {
    const reload = async (): Promise<number> => {
        const fresh = await getMap(map.id);
        show(fresh);
        return fresh.revision;
    };
    const session = new LiveSession(map.id, map.revision, false, VIEWER_PACE, {
        onFeed: (feed) => {
            if (feed.changes.length > 0) {
                void reload().catch(() => undefined); // the next change tries again
            }
        },
        onExpired: reload,
    });
    session.start();
    return session;
}
