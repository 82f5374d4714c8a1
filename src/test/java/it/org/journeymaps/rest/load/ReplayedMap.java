package it.org.journeymaps.rest.load;

import java.util.Map;
import java.util.TreeMap;

/** The map as the acknowledged writes say it must be: card text and cell, stage names. */
final class ReplayedMap {

    record CardState(String text, long stageId, long laneId) {
    }

    final Map<Long, CardState> cards = new TreeMap<>();
    final Map<Long, String> stageNames = new TreeMap<>();

    void apply(AckedWrite write) {
        long id = write.elementId();
        switch (write.kind()) {
            case CARD_CREATE -> cards.put(id, new CardState(write.text(), write.stageId(), write.laneId()));
            case CARD_TEXT -> cards.computeIfPresent(id, (k, c) -> new CardState(write.text(), c.stageId(), c.laneId()));
            case CARD_MOVE -> cards.computeIfPresent(id, (k, c) -> new CardState(c.text(), write.stageId(), write.laneId()));
            case CARD_DELETE -> cards.remove(id);
            case STAGE_RENAME -> stageNames.put(id, write.text());
        }
    }
}
