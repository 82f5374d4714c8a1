package org.journeymaps.app.history;

import java.util.List;
import org.journeymaps.domain.history.ElementChange;

/**
 * What changed from one state of a map to another: each side is a version (its number) or the map as it is now
 * ({@code number} null), with the revision it shows.
 */
public record VersionComparison(Side from, Side to, List<ElementChange> changes) {
    public VersionComparison {
        changes = List.copyOf(changes);
    }

    /** One side of a comparison: a version's number (null: the current map) and the revision it shows. */
    public record Side(Integer number, long revision) {
    }
}
