package org.journeymaps.app.map;

import org.journeymaps.app.structure.NewLane;
import org.journeymaps.app.structure.NewStage;
import org.journeymaps.app.template.InitialCard;
import org.journeymaps.app.template.InitialEmotion;
import java.util.List;
import org.journeymaps.domain.map.JourneyState;

/**
 * A map to create on page {@code pageId}; {@code state} null means CURRENT. It starts with the stages and lanes
 * given (placed one after the other as if added in list order), or with none when they are null, and with the
 * cards and emotion points given, which name their stage and lane by index in those lists.
 */
public record NewMap(Long pageId, String title, String description, JourneyState state, List<NewStage> stages,
                     List<NewLane> lanes, List<InitialCard> cards, List<InitialEmotion> emotions) {

    public NewMap {
        stages = stages == null ? List.of() : List.copyOf(stages);
        lanes = lanes == null ? List.of() : List.copyOf(lanes);
        cards = cards == null ? List.of() : List.copyOf(cards);
        emotions = emotions == null ? List.of() : List.copyOf(emotions);
    }

    /** A map laid out with stages and lanes only. */
    public NewMap(Long pageId, String title, String description, JourneyState state, List<NewStage> stages,
                  List<NewLane> lanes) {
        this(pageId, title, description, state, stages, lanes, null, null);
    }
}
