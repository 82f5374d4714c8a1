package org.journeymaps.app.kernel;

import org.journeymaps.app.kernel.JourneyMapRepository;
import org.journeymaps.domain.structure.Card;
import org.journeymaps.domain.structure.Lane;
import org.journeymaps.domain.structure.Stage;

/** Looks up elements of one map; an element of another map is as missing as one that does not exist. */
public final class MapElements {
    private final JourneyMapRepository repository;

    public MapElements(JourneyMapRepository repository) {
        this.repository = repository;
    }

    public Stage stage(long mapId, long stageId) {
        return repository.findStage(stageId).filter(stage -> stage.mapId() == mapId)
                .orElseThrow(() -> new NotFoundException("stage", stageId));
    }

    public Lane lane(long mapId, long laneId) {
        return repository.findLane(laneId).filter(lane -> lane.mapId() == mapId)
                .orElseThrow(() -> new NotFoundException("lane", laneId));
    }

    public Card card(long mapId, long cardId) {
        return repository.findCard(cardId).filter(card -> card.mapId() == mapId)
                .orElseThrow(() -> new NotFoundException("card", cardId));
    }
}
