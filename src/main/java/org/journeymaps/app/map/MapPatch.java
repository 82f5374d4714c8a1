package org.journeymaps.app.map;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.journeymaps.domain.map.JourneyState;

/**
 * Changes to a map's own fields based on {@code version}; null leaves a field unchanged. An empty string clears
 * description or owner, {@code Optional.empty()} clears the review date, and {@code personaIds} replaces the set of
 * linked personas (each from the map's space; unlinking one removes its emotion points from the map).
 * {@code counterpartMapId} links the map to its counterpart in the other state ({@code Optional.empty()} unlinks).
 */
@SuppressWarnings("OptionalUsedAsFieldOrParameterType") // unchanged, cleared or set: three states
public record MapPatch(Long version, String title, String description, JourneyState state, List<Long> personaIds,
                       String ownerKey, Optional<LocalDate> reviewDue, Optional<Long> counterpartMapId) {

    /** A patch that leaves the counterpart link as it is. */
    public MapPatch(Long version, String title, String description, JourneyState state, List<Long> personaIds,
                    String ownerKey, Optional<LocalDate> reviewDue) {
        this(version, title, description, state, personaIds, ownerKey, reviewDue, null);
    }
}
