package org.journeymaps.rest.structure;

import org.journeymaps.app.structure.LanePatch;
import org.journeymaps.domain.structure.LaneType;

/** Body of {@code PATCH /maps/{id}/lanes/{laneId}}. */
public record LanePatchRequest(Long version, String name, LaneType type) {

    public LanePatch toCommand() {
        return new LanePatch(version, name, type);
    }
}
