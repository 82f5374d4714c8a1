// One open map's live link to the server: polls the change feed (every second while the tab is visible in the
// editor, slower when hidden or in the viewer; at once on focus), beats presence every 10 s, and says goodbye
// when the tab closes. A feed with comment changes is announced to the map's comment hosts.
// The feed is read from the database by revision, so it works the same behind any Data Center node.

import { getChanges, heartbeat, leave, type ChangeFeed, type Presence } from '../common/api/changes';
import { ApiError } from '../common/http';
import { announceCommentChanges } from './commentsChanged';

export interface Pace {
    /** Between polls while the tab is visible, and while it is hidden (ms). */
    readonly visible: number;
    readonly hidden: number;
}

export const EDITOR_PACE: Pace = { visible: 1000, hidden: 5000 };
export const VIEWER_PACE: Pace = { visible: 10_000, hidden: 60_000 };
export const HEARTBEAT_MS = 10_000;

export interface SessionHooks {
    /** The changes after the revision the client is at. */
    readonly onFeed: (feed: ChangeFeed) => void;
    /** The feed no longer reaches back to our revision: reload the map; resolves to its revision. */
    readonly onExpired: () => Promise<number>;
    /** False while the client's own writes are under way (their results must land first). */
    readonly canPoll?: () => boolean;
}

export interface SessionApi {
    readonly getChanges: typeof getChanges;
    readonly heartbeat: typeof heartbeat;
    readonly leave: typeof leave;
}

const restSessionApi: SessionApi = { getChanges, heartbeat, leave };

function newSessionId(): string {
    return Math.random().toString(36).slice(2, 12) + Date.now().toString(36);
}

export class LiveSession {
    /** Everyone with the map open, the caller included (`self`). */
    presence: readonly Presence[] = [];
    readonly session = newSessionId();
    private readonly listeners = new Set<() => void>();
    private timer: ReturnType<typeof setTimeout> | undefined;
    private lastBeat = Number.NEGATIVE_INFINITY;
    private stopped = false;

    constructor(
        private readonly mapId: number,
        private since: number,
        private readonly editing: boolean,
        private readonly pace: Pace,
        private readonly hooks: SessionHooks,
        private readonly api: SessionApi = restSessionApi,
        private readonly doc: Document = document,
    ) {}

    subscribe(listener: () => void): () => void {
        this.listeners.add(listener);
        return () => this.listeners.delete(listener);
    }

    /** Starts polling; a tab coming back into view polls at once; closing the tab leaves. */
    start(): void {
        this.doc.addEventListener('visibilitychange', this.onVisibility);
        this.doc.defaultView?.addEventListener('focus', this.onVisibility);
        this.doc.defaultView?.addEventListener('pagehide', this.onPageHide);
        void this.tick();
    }

    stop(): void {
        this.stopped = true;
        clearTimeout(this.timer);
        this.doc.removeEventListener('visibilitychange', this.onVisibility);
        this.doc.defaultView?.removeEventListener('focus', this.onVisibility);
        this.doc.defaultView?.removeEventListener('pagehide', this.onPageHide);
    }

    /** One round: heartbeat when due, then the feed (again at once while it says there is more). */
    async tick(): Promise<void> {
        clearTimeout(this.timer);
        let again = false;
        try {
            if (Date.now() - this.lastBeat >= HEARTBEAT_MS) {
                this.lastBeat = Date.now();
                this.setPresence(await this.api.heartbeat(this.mapId, this.session, this.editing));
            }
            if (this.hooks.canPoll?.() ?? true) {
                const feed = await this.api.getChanges(this.mapId, this.since);
                this.since = feed.revision;
                this.hooks.onFeed(feed);
                announceCommentChanges(this.mapId, feed, this.doc);
                this.setPresence(feed.presence ?? this.presence);
                again = feed.more === true;
            }
        } catch (e) {
            if (e instanceof ApiError && e.status === 410) {
                this.since = await this.hooks.onExpired().catch(() => this.since);
            }
            // Any other failure (network, server restart): keep the pace and try again.
        }
        if (!this.stopped) {
            this.timer = setTimeout(() => void this.tick(), again ? 0 : this.interval());
        }
    }

    private interval(): number {
        return this.doc.visibilityState === 'hidden' ? this.pace.hidden : this.pace.visible;
    }

    private setPresence(presence: readonly Presence[]): void {
        this.presence = presence;
        this.listeners.forEach((l) => l());
    }

    private readonly onVisibility = (): void => {
        if (this.doc.visibilityState === 'visible' && !this.stopped) {
            void this.tick();
        }
    };

    private readonly onPageHide = (): void => {
        this.api.leave(this.mapId, this.session);
    };
}
