package org.journeymaps.rest.map;

import org.journeymaps.domain.map.JourneyMap;
import org.journeymaps.domain.map.JourneyState;

import java.time.Instant;
import java.time.LocalDate;

/** A map's own fields without its elements: what a 409 on the map carries as {@code current}. */
public record MapInfoDto(long id, long pageId, String spaceKey, String title, String description,
                         JourneyState state, Long counterpartMapId, long revision, long version, String owner, LocalDate reviewDue,
                         Instant updatedAt) {

    public static MapInfoDto of(JourneyMap map) {
        return new MapInfoDto(map.id(), map.pageId(), map.spaceKey(), map.title(), map.description(),
                map.state(), map.counterpartMapId(), map.revision(), map.version(), map.ownerKey(), map.reviewDue(), map.updatedAt());
    }
}
