package org.journeymaps.devhost.bench;

import org.journeymaps.app.structure.CardService;
import org.journeymaps.app.map.MapService;
import org.journeymaps.app.structure.NewCard;
import org.journeymaps.app.structure.NewLane;
import org.journeymaps.app.map.NewMap;
import org.journeymaps.app.structure.NewStage;
import org.journeymaps.domain.structure.CardAttributes;
import org.journeymaps.domain.map.JourneyState;
import org.journeymaps.domain.structure.LaneType;
import org.journeymaps.domain.map.MapContent;
import org.journeymaps.domain.structure.Severity;

import java.util.ArrayList;
import java.util.List;

/** Builds a map of the given size through the app's own services, as an editor would. */
final class LargeMapBuilder {

    private LargeMapBuilder() {
    }

    static MapContent build(MapService maps, CardService cards, long pageId, int stages, int lanes, int cardCount) {
        List<NewStage> newStages = new ArrayList<>();
        for (int s = 0; s < stages; s++) {
            newStages.add(new NewStage("Étape " + (s + 1), "Ce que vit la cliente à l'étape " + (s + 1), null));
        }
        List<NewLane> newLanes = new ArrayList<>();
        LaneType[] types = LaneType.values();
        for (int l = 0; l < lanes; l++) {
            newLanes.add(new NewLane("Couloir " + (l + 1), types[l % types.length], null));
        }
        MapContent map = maps.create(new NewMap(pageId, "Grande carte de référence", "Carte de mesure",
                JourneyState.CURRENT, newStages, newLanes)).content();
        for (int i = 0; i < cardCount; i++) {
            var stage = map.stages().get(i % stages);
            var lane = map.lanes().get((i / stages) % lanes);
            CardAttributes attributes = lane.type() == LaneType.PAIN_POINTS
                    ? new CardAttributes(null, Severity.HIGH, null, null, null, null, null) : CardAttributes.NONE;
            cards.add(map.map().id(), new NewCard(stage.id(), lane.id(),
                    "Carte n° " + (i + 1) + " : la cliente compare les offres <et> les délais", null, attributes));
        }
        return maps.get(map.map().id()).content();
    }
}
