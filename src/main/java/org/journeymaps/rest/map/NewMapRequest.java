package org.journeymaps.rest.map;

import org.journeymaps.rest.structure.NewLaneRequest;
import org.journeymaps.rest.structure.NewStageRequest;
import org.journeymaps.app.map.NewMap;
import org.journeymaps.domain.map.JourneyState;

import java.util.List;

/** Body of {@code POST /maps}; {@code stages} and {@code lanes} optionally lay the map out at once. */
public record NewMapRequest(Long pageId, String title, String description, JourneyState state, String templateId,
                            List<NewStageRequest> stages, List<NewLaneRequest> lanes) {

    public NewMap toCommand() {
        return new NewMap(pageId, title, description, state,
                stages == null ? null : stages.stream().map(NewStageRequest::toCommand).toList(),
                lanes == null ? null : lanes.stream().map(NewLaneRequest::toCommand).toList());
    }
}
