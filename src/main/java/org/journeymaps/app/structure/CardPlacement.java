package org.journeymaps.app.structure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.journeymaps.app.kernel.JourneyMapRepository;
import org.journeymaps.domain.structure.Card;
import org.journeymaps.domain.structure.Ordering;

/** Positions of cards within their cells: makes room where a card goes and closes the gap where it left. */
final class CardPlacement {
    private final JourneyMapRepository repository;

    CardPlacement(JourneyMapRepository repository) {
        this.repository = repository;
    }

    /** Places a new card at {@code requested} in its cell, shifting the cards after it; returns it positioned. */
    Card placeNew(Card card, Integer requested) {
        List<Card> cell = repository.cardsInCell(card.stageId(), card.laneId());
        Card placed = card.withPosition(Ordering.insertionIndex(requested, cell.size()));
        repository.updateCardPositions(Ordering.positionChanges(cell, Ordering.insert(cell, placed)));
        return placed;
    }

    /**
     * Places {@code moved} (the card {@code current} in its new cell, possibly the same) at {@code requested},
     * rewriting the positions of the other cards that shift; the moved card itself is the caller's to write.
     */
    Card placeMoved(Card current, Card moved, Integer requested) {
        List<Card> source = repository.cardsInCell(current.stageId(), current.laneId());
        List<Card> sourceAfter = Ordering.remove(source, current.id());
        boolean sameCell = current.stageId() == moved.stageId() && current.laneId() == moved.laneId();
        List<Card> target = sameCell ? sourceAfter : repository.cardsInCell(moved.stageId(), moved.laneId());
        Card placed = moved.withPosition(Ordering.insertionIndex(requested, target.size()));
        List<Card> targetAfter = Ordering.insert(target, placed);

        Map<Long, Integer> shifts = new HashMap<>();
        if (sameCell) {
            shifts.putAll(Ordering.positionChanges(source, targetAfter));
        } else {
            shifts.putAll(Ordering.positionChanges(source, sourceAfter));
            shifts.putAll(Ordering.positionChanges(target, targetAfter));
        }
        shifts.remove(current.id());
        repository.updateCardPositions(shifts);
        return placed;
    }

    /** Closes the gap a deleted card leaves in its cell; call before deleting it. */
    void closeGapOf(Card card) {
        List<Card> cell = repository.cardsInCell(card.stageId(), card.laneId());
        repository.updateCardPositions(Ordering.positionChanges(cell, Ordering.remove(cell, card.id())));
    }
}
