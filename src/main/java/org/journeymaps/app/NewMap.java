package org.journeymaps.app;

import java.util.List;
import org.journeymaps.domain.JourneyState;

/**
 * A map to create on page {@code pageId}; {@code state} null means CURRENT. It starts with the stages and lanes
 * given (placed one after the other as if added in list order), or with none when they are null.
 */
public record NewMap(Long pageId, String title, String description, JourneyState state, List<NewStage> stages,
                     List<NewLane> lanes) {

    public NewMap {
        stages = stages == null ? List.of() : List.copyOf(stages);
        lanes = lanes == null ? List.of() : List.copyOf(lanes);
    }
}
