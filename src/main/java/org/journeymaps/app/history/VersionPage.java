package org.journeymaps.app.history;

import java.util.List;
import org.journeymaps.domain.history.MapVersion;

/** One page of a map's versions, newest first, and how many the map has in all. */
public record VersionPage(List<MapVersion> results, int start, int limit, int total) {
    /** The largest page a caller may ask for; larger limits are reduced to it. */
    public static final int MAX_LIMIT = 100;

    public VersionPage {
        results = List.copyOf(results);
    }
}
