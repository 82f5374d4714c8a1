// The editor's live link: other people's changes merged into the store, presence for the toolbar.

import { getMap } from '../common/api/maps';
import type { EditorStore } from '../editor/store';
import { editingKey } from './editing';
import { applyFeed, rewritesMap, type Deferred } from './merge';
import { EDITOR_PACE, LiveSession } from './session';

export function startEditorLive(store: EditorStore): LiveSession {
    const deferred: Deferred = new Map();
    const reload = async (): Promise<number> => {
        const map = await getMap(store.map.id);
        deferred.clear();
        store.map = map;
        store.changed();
        return map.revision;
    };
    const session = new LiveSession(store.map.id, store.map.revision, true, EDITOR_PACE, {
        onFeed: (feed) => {
            if (rewritesMap(feed)) {
                void reload().catch(() => undefined); // the next poll tries again
                return;
            }
            const editing = editingKey(store);
            applyFeed(store, feed, deferred, (key) => key === editing);
        },
        onExpired: reload,
        canPoll: () => !store.saving,
    });
    session.start();
    return session;
}
