package org.journeymaps.rest.structure;

import org.journeymaps.app.structure.NewLane;
import org.journeymaps.domain.structure.LaneType;

/** Body of {@code POST /maps/{id}/lanes}. */
public record NewLaneRequest(String name, LaneType type, Integer position) {

    public NewLane toCommand() {
        return new NewLane(name, type, position);
    }
}
