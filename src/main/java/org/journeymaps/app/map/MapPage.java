package org.journeymaps.app.map;

import java.util.List;
import org.journeymaps.domain.map.JourneyMap;

/** One page of a map listing; {@code more} tells whether visible maps follow. */
public record MapPage(List<JourneyMap> results, int start, int limit, boolean more) {
    /** The largest page a caller may ask for; larger limits are reduced to it. */
    public static final int MAX_LIMIT = 100;

    public MapPage {
        results = List.copyOf(results);
    }

    public int size() {
        return results.size();
    }
}
