package org.journeymaps.app;

import org.journeymaps.app.port.JourneyMapRepository;
import org.journeymaps.domain.Card;
import org.journeymaps.domain.Lane;
import org.journeymaps.domain.Stage;

/** Looks up elements of one map; an element of another map is as missing as one that does not exist. */
final class MapElements {
    private final JourneyMapRepository repository;

    MapElements(JourneyMapRepository repository) {
        this.repository = repository;
    }

    Stage stage(long mapId, long stageId) {
        return repository.findStage(stageId).filter(stage -> stage.mapId() == mapId)
                .orElseThrow(() -> new NotFoundException("stage", stageId));
    }

    Lane lane(long mapId, long laneId) {
        return repository.findLane(laneId).filter(lane -> lane.mapId() == mapId)
                .orElseThrow(() -> new NotFoundException("lane", laneId));
    }

    Card card(long mapId, long cardId) {
        return repository.findCard(cardId).filter(card -> card.mapId() == mapId)
                .orElseThrow(() -> new NotFoundException("card", cardId));
    }
}
