package org.journeymaps.ao.presence;

import org.journeymaps.ao.kernel.AoValues;
import org.journeymaps.ao.kernel.RowValues;
import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import net.java.ao.Query;
import org.journeymaps.app.presence.PresenceStore;

/** The presence port over Active Objects: one row per open tab, found by map, user and session. */
@Named
public class AoPresenceStore implements PresenceStore {
    private static final String SESSION_ROW = "MAP_ID = ? AND USER_KEY = ? AND SESSION_ID = ?";

    private final ActiveObjects ao;

    @Inject
    public AoPresenceStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public void seen(PresenceEntry entry) {
        ao.executeInTransaction(() -> {
            AoPresence[] rows = ao.find(AoPresence.class, SESSION_ROW, entry.mapId(), entry.userKey(),
                    entry.sessionId());
            if (rows.length == 0) {
                ao.create(AoPresence.class, new RowValues()
                        .with("MAP_ID", entry.mapId())
                        .with("USER_KEY", entry.userKey())
                        .with("DISPLAY_NAME", entry.displayName())
                        .with("SESSION_ID", entry.sessionId())
                        .with("EDITING", entry.editing())
                        .with("SEEN_AT", AoValues.date(entry.seenAt()))
                        .toMap());
            } else {
                AoPresence row = rows[0];
                row.setDisplayName(entry.displayName());
                row.setEditing(entry.editing());
                row.setSeenAt(AoValues.date(entry.seenAt()));
                row.save();
            }
            return null;
        });
    }

    @Override
    public void remove(long mapId, String userKey, String sessionId) {
        ao.executeInTransaction(() -> ao.deleteWithSQL(AoPresence.class, SESSION_ROW, mapId, userKey, sessionId));
    }

    @Override
    public List<PresenceEntry> seenOnMapAfter(long mapId, Instant after) {
        Query query = Query.select().where("MAP_ID = ? AND SEEN_AT > ?", mapId, AoValues.date(after));
        return ao.executeInTransaction(() -> List.of(ao.find(AoPresence.class, query))).stream()
                .map(row -> new PresenceEntry(row.getMapId(), row.getUserKey(), row.getDisplayName(),
                        row.getSessionId(), row.isEditing(), AoValues.instant(row.getSeenAt())))
                .toList();
    }

    @Override
    public void removeSeenBefore(Instant before) {
        ao.executeInTransaction(() -> ao.deleteWithSQL(AoPresence.class, "SEEN_AT < ?", AoValues.date(before)));
    }
}
