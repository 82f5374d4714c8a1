package org.journeymaps.app.structure;

import org.journeymaps.app.kernel.Edit;
import org.journeymaps.app.kernel.MapElements;
import org.journeymaps.app.kernel.MapWriter;
import org.journeymaps.app.kernel.Versions;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.journeymaps.app.kernel.JourneyMapRepository;
import org.journeymaps.domain.structure.Card;
import org.journeymaps.domain.map.ChangeKind;
import org.journeymaps.domain.kernel.ElementType;
import org.journeymaps.domain.structure.Lane;
import org.journeymaps.domain.kernel.Limits;
import org.journeymaps.domain.kernel.Require;
import org.journeymaps.domain.structure.Stage;

/** Adds, changes, moves and removes the cards of a map. */
@Named
public class CardService {
    private final JourneyMapRepository repository;
    private final MapWriter writer;
    private final MapElements elements;
    private final CardPlacement placement;

    @Inject
    public CardService(JourneyMapRepository repository, MapWriter writer) {
        this.repository = repository;
        this.writer = writer;
        this.elements = new MapElements(repository);
        this.placement = new CardPlacement(repository);
    }

    public Card add(long mapId, NewCard command) {
        return writer.write(mapId, () -> {
            Stage stage = elements.stage(mapId, Require.present("stageId", command.stageId()));
            Lane lane = elements.lane(mapId, Require.present("laneId", command.laneId()));
            Limits.requireRoomForOneMore("cards", repository.countCards(mapId), Limits.MAX_CARDS);
            Card card = Card.create(mapId, stage.id(), lane.id(), lane.type(), command.text(), command.attributes());
            Card placed = placement.placeNew(card, command.position());
            Card saved = placed.withId(repository.insertCard(placed));
            return new Edit<>(ChangeKind.CREATED, ElementType.CARD, saved.id(), saved);
        });
    }

    /** Edits text and attributes and, in the same write, moves the card if the patch names a cell or position. */
    public Card update(long mapId, long cardId, CardPatch patch) {
        return writer.write(mapId, () -> {
            Card current = Versions.requireCurrent(elements.card(mapId, cardId), patch.version());
            long stageId = patch.stageId() == null ? current.stageId() : elements.stage(mapId, patch.stageId()).id();
            Lane lane = elements.lane(mapId, patch.laneId() == null ? current.laneId() : patch.laneId());
            Card edited = current.movedTo(stageId, lane.id(), lane.type())
                    .edited(patch.text(), patch.attributes(), lane.type());
            boolean cellChanged = stageId != current.stageId() || lane.id() != current.laneId();
            if (cellChanged || patch.position() != null) {
                edited = placement.placeMoved(current, edited, patch.position());
            }
            Card saved = edited.nextVersion();
            repository.updateCard(saved);
            boolean moved = cellChanged || saved.position() != current.position();
            return new Edit<>(moved ? ChangeKind.MOVED : ChangeKind.UPDATED, ElementType.CARD, cardId, saved);
        });
    }

    public void delete(long mapId, long cardId) {
        writer.write(mapId, () -> {
            Card card = elements.card(mapId, cardId);
            placement.closeGapOf(card);
            repository.deleteCard(cardId);
            return new Edit<Void>(ChangeKind.DELETED, ElementType.CARD, cardId, null);
        });
    }
}
