package org.journeymaps.rest.dto;

import org.journeymaps.domain.Lane;
import org.journeymaps.domain.LaneType;

/** A lane (row) as the API shows it. */
public record LaneDto(long id, String name, LaneType type, int position, long version) {

    public static LaneDto of(Lane lane) {
        return new LaneDto(lane.id(), lane.name(), lane.type(), lane.position(), lane.version());
    }
}
