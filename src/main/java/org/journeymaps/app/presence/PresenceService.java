package org.journeymaps.app.presence;

import org.journeymaps.app.kernel.AccessGuard;
import org.journeymaps.app.kernel.MapAccess;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.journeymaps.app.kernel.AccessPolicy;
import org.journeymaps.app.kernel.Caller;
import org.journeymaps.app.kernel.Clock;
import org.journeymaps.app.presence.PresenceStore;
import org.journeymaps.app.presence.PresenceStore.PresenceEntry;
import org.journeymaps.domain.kernel.TextField;

/**
 * Who else has a map open. Each open tab (a session id the client makes up) sends a heartbeat; a tab not heard
 * from for {@link #EXPIRY} is gone, so a closed laptop drops out without saying goodbye.
 */
@Named
public class PresenceService {
    /** How long a tab counts as present after its last heartbeat; clients beat three times as often. */
    public static final Duration EXPIRY = Duration.ofSeconds(30);
    private static final TextField SESSION = TextField.requiredLine("session", 64);

    private final PresenceStore store;
    private final AccessGuard guard;
    private final AccessPolicy accessPolicy;
    private final Clock clock;

    @Inject
    public PresenceService(PresenceStore store, AccessGuard guard, AccessPolicy accessPolicy, Clock clock) {
        this.store = store;
        this.guard = guard;
        this.accessPolicy = accessPolicy;
        this.clock = clock;
    }

    /**
     * Records that the caller's tab {@code session} has the map open ({@code editing} counts only for those who
     * may edit); returns who is there now. Anonymous viewers are not recorded: they have no name to show.
     */
    public List<Presence> heartbeat(long mapId, String session, boolean editing) {
        MapAccess access = guard.readableMap(mapId);
        String sessionId = SESSION.normalise(session);
        Instant now = clock.now();
        store.removeSeenBefore(now.minus(EXPIRY));
        caller().ifPresent(caller -> store.seen(new PresenceEntry(mapId, caller.userKey(), nameOf(caller), sessionId,
                editing && access.page().edit(), now)));
        return present(mapId);
    }

    /** The caller closed tab {@code session}. */
    public void leave(long mapId, String session) {
        guard.readableMap(mapId);
        String sessionId = SESSION.normalise(session);
        caller().ifPresent(caller -> store.remove(mapId, caller.userKey(), sessionId));
    }

    /**
     * The users with the map open, one entry per user (editing if any of their tabs edits), by name. The caller
     * must have been checked against the map already (the change feed does it).
     */
    public List<Presence> present(long mapId) {
        String self = caller().map(Caller::userKey).orElse(null);
        Map<String, Presence> byUser = new LinkedHashMap<>();
        for (PresenceEntry entry : store.seenOnMapAfter(mapId, clock.now().minus(EXPIRY))) {
            byUser.merge(entry.userKey(),
                    new Presence(entry.userKey(), entry.displayName(), entry.editing(), entry.userKey().equals(self)),
                    (a, b) -> a.editing() ? a : b);
        }
        return byUser.values().stream()
                .sorted(Comparator.comparing(Presence::displayName, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(Presence::userKey))
                .toList();
    }

    private static String nameOf(Caller caller) {
        return caller.displayName() == null || caller.displayName().isBlank() ? caller.userKey() : caller.displayName();
    }

    private Optional<Caller> caller() {
        return accessPolicy.currentCaller();
    }
}
