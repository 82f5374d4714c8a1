package org.journeymaps.app.presence;

import java.time.Instant;
import java.util.List;

/**
 * Who has a map open, kept in the shared database (not in one node's memory) so every Data Center node sees the
 * same people. Each method runs in its own short transaction.
 */
public interface PresenceStore {

    /** Records the session as seen at {@code entry.seenAt()}: updates its row, or adds one. */
    void seen(PresenceEntry entry);

    /** Forgets the user's session on the map (the tab was closed). */
    void remove(long mapId, String userKey, String sessionId);

    /** The sessions on the map seen after {@code after}, in no particular order. */
    List<PresenceEntry> seenOnMapAfter(long mapId, Instant after);

    /** Deletes every session (of any map) last seen before {@code before}. */
    void removeSeenBefore(Instant before);

    /** One open tab of one signed-in user on one map, and whether it is the editor. */
    record PresenceEntry(long mapId, String userKey, String displayName, String sessionId, boolean editing,
                         Instant seenAt) {
    }
}
