package org.journeymaps.rest.structure;

import org.journeymaps.domain.structure.Lane;
import org.journeymaps.domain.structure.LaneType;

/** A lane (row) as the API shows it. */
public record LaneDto(long id, String name, LaneType type, int position, long version) {

    public static LaneDto of(Lane lane) {
        return new LaneDto(lane.id(), lane.name(), lane.type(), lane.position(), lane.version());
    }
}
