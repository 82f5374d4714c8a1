package org.journeymaps.app.comment;

import org.journeymaps.app.kernel.MapElements;
import org.journeymaps.app.kernel.NotFoundException;
import org.journeymaps.app.kernel.JourneyMapRepository;
import org.journeymaps.domain.comment.AnchorType;

/** Checks that what a new comment is anchored on is part of the map. */
final class CommentAnchors {
    private final JourneyMapRepository repository;
    private final MapElements elements;

    CommentAnchors(JourneyMapRepository repository) {
        this.repository = repository;
        this.elements = new MapElements(repository);
    }

    /** Passes if the anchor exists in the map; otherwise the element is "not found". */
    void requireExists(long mapId, AnchorType type, Long anchorId) {
        switch (type) {
            case MAP -> { }
            case STAGE -> elements.stage(mapId, anchorId);
            case LANE -> elements.lane(mapId, anchorId);
            case CARD -> elements.card(mapId, anchorId);
            case EMOTION -> repository.loadContent(mapId).stream().flatMap(content -> content.emotions().stream())
                    .filter(point -> point.id() == anchorId).findFirst()
                    .orElseThrow(() -> new NotFoundException("emotion point", anchorId));
        }
    }
}
