package org.journeymaps.rest.dto;

import org.journeymaps.app.NewLane;
import org.journeymaps.domain.LaneType;

/** Body of {@code POST /maps/{id}/lanes}. */
public record NewLaneRequest(String name, LaneType type, Integer position) {

    public NewLane toCommand() {
        return new NewLane(name, type, position);
    }
}
