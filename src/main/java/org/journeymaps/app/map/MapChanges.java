package org.journeymaps.app.map;

import java.util.List;
import org.journeymaps.domain.map.MapChange;

/**
 * The changes after a revision, oldest first, and the revision the client is at once it applied them; when
 * {@code more} is true the list was cut short and the client asks again from {@code revision}.
 */
public record MapChanges(long revision, List<MapChange> changes, boolean more) {
    /** The most changes returned at once. */
    public static final int MAX_CHANGES = 500;

    public MapChanges {
        changes = List.copyOf(changes);
    }
}
