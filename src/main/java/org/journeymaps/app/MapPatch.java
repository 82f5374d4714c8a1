package org.journeymaps.app;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.journeymaps.domain.JourneyState;

/**
 * Changes to a map's own fields based on {@code version}; null leaves a field unchanged. An empty string clears
 * description or owner, {@code Optional.empty()} clears the review date, and {@code personaIds} replaces the set of
 * linked personas (each from the map's space; unlinking one removes its emotion points from the map).
 */
@SuppressWarnings("OptionalUsedAsFieldOrParameterType") // unchanged, cleared or set: three states
public record MapPatch(Long version, String title, String description, JourneyState state, List<Long> personaIds,
                       String ownerKey, Optional<LocalDate> reviewDue) {
}
