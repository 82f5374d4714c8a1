package org.journeymaps.app.structure;

import org.journeymaps.app.kernel.Edit;
import org.journeymaps.app.kernel.MapElements;
import org.journeymaps.app.kernel.MapWriter;
import org.journeymaps.app.kernel.Versions;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.journeymaps.app.kernel.JourneyMapRepository;
import org.journeymaps.domain.structure.Card;
import org.journeymaps.domain.map.ChangeKind;
import org.journeymaps.domain.kernel.ElementType;
import org.journeymaps.domain.structure.Lane;
import org.journeymaps.domain.kernel.Limits;
import org.journeymaps.domain.structure.Ordering;

/** Adds, changes, removes and reorders the lanes (rows) of a map. */
@Named
public class LaneService {
    private final JourneyMapRepository repository;
    private final MapWriter writer;
    private final MapElements elements;

    @Inject
    public LaneService(JourneyMapRepository repository, MapWriter writer) {
        this.repository = repository;
        this.writer = writer;
        this.elements = new MapElements(repository);
    }

    public Lane add(long mapId, NewLane command) {
        return writer.write(mapId, () -> {
            List<Lane> lanes = repository.lanesOf(mapId);
            Limits.requireRoomForOneMore("lanes", lanes.size(), Limits.MAX_LANES);
            Lane placed = Lane.create(mapId, command.name(), command.type())
                    .withPosition(Ordering.insertionIndex(command.position(), lanes.size()));
            repository.updateLanePositions(Ordering.positionChanges(lanes, Ordering.insert(lanes, placed)));
            Lane saved = placed.withId(repository.insertLane(placed));
            return new Edit<>(ChangeKind.CREATED, ElementType.LANE, saved.id(), saved);
        });
    }

    public Lane update(long mapId, long laneId, LanePatch patch) {
        return writer.write(mapId, () -> {
            Lane current = Versions.requireCurrent(elements.lane(mapId, laneId), patch.version());
            Lane edited = current.edited(patch.name(), patch.type()).nextVersion();
            repository.updateLane(edited);
            if (edited.type() != current.type()) {
                clearAttributesNotAllowedOn(edited);
            }
            return new Edit<>(ChangeKind.UPDATED, ElementType.LANE, laneId, edited);
        });
    }

    /** Removes the lane with its cards, closing the gap it leaves. */
    public void delete(long mapId, long laneId) {
        writer.write(mapId, () -> {
            elements.lane(mapId, laneId);
            List<Lane> lanes = repository.lanesOf(mapId);
            repository.deleteLane(laneId);
            repository.updateLanePositions(Ordering.positionChanges(lanes, Ordering.remove(lanes, laneId)));
            return new Edit<Void>(ChangeKind.DELETED, ElementType.LANE, laneId, null);
        });
    }

    /** Puts the lanes in the order of {@code ids}, which must name each lane of the map exactly once. */
    public List<Lane> reorder(long mapId, List<Long> ids) {
        return writer.write(mapId, () -> {
            List<Lane> lanes = repository.lanesOf(mapId);
            List<Lane> reordered = Ordering.reorder(lanes, ids);
            repository.updateLanePositions(Ordering.positionChanges(lanes, reordered));
            return new Edit<>(ChangeKind.REORDERED, ElementType.LANE, mapId, reordered);
        });
    }

    /** A retyped lane's cards lose what the new type does not allow, as if moved there; only they are written. */
    private void clearAttributesNotAllowedOn(Lane lane) {
        for (Card card : repository.cardsInLane(lane.id())) {
            Card kept = card.movedTo(card.stageId(), card.laneId(), lane.type());
            if (!kept.equals(card)) {
                repository.updateCard(kept.nextVersion());
            }
        }
    }
}
