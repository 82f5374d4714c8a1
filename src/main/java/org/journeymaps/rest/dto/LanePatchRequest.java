package org.journeymaps.rest.dto;

import org.journeymaps.app.LanePatch;
import org.journeymaps.domain.LaneType;

/** Body of {@code PATCH /maps/{id}/lanes/{laneId}}. */
public record LanePatchRequest(Long version, String name, LaneType type) {

    public LanePatch toCommand() {
        return new LanePatch(version, name, type);
    }
}
