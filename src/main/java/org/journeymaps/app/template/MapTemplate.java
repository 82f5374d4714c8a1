package org.journeymaps.app.template;

import org.journeymaps.app.map.NewMap;
import org.journeymaps.app.structure.NewLane;
import org.journeymaps.app.structure.NewStage;
import java.util.List;

/**
 * A built-in starting map in one language: its layout (stages, lanes) and example content (cards, a general
 * emotion curve), which name stages and lanes by index.
 */
public record MapTemplate(String id, String name, String description, List<NewStage> stages, List<NewLane> lanes,
                          List<InitialCard> cards, List<InitialEmotion> emotions) {

    public MapTemplate {
        stages = List.copyOf(stages);
        lanes = List.copyOf(lanes);
        cards = List.copyOf(cards);
        emotions = List.copyOf(emotions);
    }

    /**
     * The map {@code request} asks for, laid out as this template: its title defaults to the template's name and
     * its description to the template's.
     */
    NewMap applyTo(NewMap request) {
        return new NewMap(request.pageId(), request.title() == null ? name : request.title(),
                request.description() == null ? description : request.description(), request.state(), stages, lanes,
                cards, emotions);
    }
}
