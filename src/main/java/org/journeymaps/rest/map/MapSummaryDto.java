package org.journeymaps.rest.map;

import org.journeymaps.domain.map.JourneyMap;
import org.journeymaps.domain.map.JourneyState;

import java.time.Instant;

/** A map in a listing. */
public record MapSummaryDto(long id, long pageId, String spaceKey, String title, JourneyState state,
                            long revision, Instant updatedAt) {

    public static MapSummaryDto of(JourneyMap map) {
        return new MapSummaryDto(map.id(), map.pageId(), map.spaceKey(), map.title(), map.state(),
                map.revision(), map.updatedAt());
    }
}
