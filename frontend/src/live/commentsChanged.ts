// Other people's comments, live: the live session announces a feed that holds COMMENT changes as a DOM event, and
// the map's CommentsHost reads its comments again. An event keeps the two apart (the editor and the viewer each
// own a session; the host only knows its map id).

import type { ChangeFeed } from '../common/api/changes';

export const COMMENTS_CHANGED = 'journeymaps:comments-changed';

interface CommentsChangedDetail {
    readonly mapId: number;
}

/** Tells the map's comment hosts when the feed holds comment changes; does nothing otherwise. */
export function announceCommentChanges(mapId: number, feed: ChangeFeed, target: EventTarget = document): void {
    if (feed.changes.some((change) => change.element.type === 'COMMENT')) {
        target.dispatchEvent(new CustomEvent<CommentsChangedDetail>(COMMENTS_CHANGED, { detail: { mapId } }));
    }
}

/** Calls `listener` whenever the comments of `mapId` changed elsewhere; answers the function that stops it. */
export function onCommentsChanged(mapId: number, listener: () => void, target: EventTarget = document): () => void {
    const handler = (event: Event): void => {
        if ((event as CustomEvent<CommentsChangedDetail>).detail?.mapId === mapId) {
            listener();
        }
    };
    target.addEventListener(COMMENTS_CHANGED, handler);
    return () => target.removeEventListener(COMMENTS_CHANGED, handler);
}
