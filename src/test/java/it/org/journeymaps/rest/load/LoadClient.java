package it.org.journeymaps.rest.load;

import com.fasterxml.jackson.databind.JsonNode;
import it.org.journeymaps.support.Api;
import it.org.journeymaps.support.ApiResponse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One simulated user: a mix of writes to elements everyone shares (card texts and moves, stage renames) and to its
 * own cards (create, edit, delete) in a cell no one else writes to. It sends the versions it last saw, so shared
 * writes sometimes conflict; it records every acknowledged write and checks every refusal.
 */
final class LoadClient {
    private final Api api;
    private final String mapPath;
    private final int number;
    private final Random random;
    private final List<Long> sharedCards;
    private final List<Long> stages;
    private final List<Long> sharedLanes;
    private final long ownStage;
    private final long ownLane;
    private final Map<Long, Long> versions = new HashMap<>();
    private final List<Long> ownCards = new ArrayList<>();
    final List<AckedWrite> acked = new ArrayList<>();
    int conflicts;

    LoadClient(Api api, String mapPath, int number, Layout layout) {
        this.api = api;
        this.mapPath = mapPath;
        this.number = number;
        this.random = new Random(number);
        this.sharedCards = layout.sharedCards();
        this.stages = layout.stages();
        this.sharedLanes = layout.sharedLanes();
        this.ownStage = layout.stages().get(number % layout.stages().size());
        this.ownLane = layout.ownLanes().get(number / layout.stages().size());
        sharedCards.forEach(id -> versions.put(id, 1L));
        stages.forEach(id -> versions.put(id, 1L));
    }

    /** The map's elements the clients share, and the lanes whose cells are the clients' own. */
    record Layout(List<Long> stages, List<Long> sharedLanes, List<Long> ownLanes, List<Long> sharedCards) {
    }

    void run(int operations) {
        for (int i = 0; i < operations; i++) {
            int pick = random.nextInt(100);
            String tag = "c" + number + "-" + i;
            if (pick < 30) {
                editText(pickOf(sharedCards), tag, true);
            } else if (pick < 50) {
                move(pickOf(sharedCards));
            } else if (pick < 60) {
                rename(pickOf(stages), tag);
            } else if (pick < 75 || ownCards.isEmpty()) {
                create(tag);
            } else if (pick < 90) {
                editText(pickOf(ownCards), tag, false);
            } else {
                delete(ownCards.remove(random.nextInt(ownCards.size())));
            }
        }
    }

    private void editText(long cardId, String text, boolean shared) {
        ApiResponse response = api.patch(mapPath + "/cards/" + cardId, Map.of("version", versions.get(cardId), "text", text));
        if (!shared) {
            response.expect(200); // nobody else writes this card: never a conflict
        }
        record(response, cardId, AckedWrite.Kind.CARD_TEXT, text, 0, 0);
    }

    private void move(long cardId) {
        long stage = pickOf(stages);
        long lane = pickOf(sharedLanes);
        ApiResponse response = api.patch(mapPath + "/cards/" + cardId,
                Map.of("version", versions.get(cardId), "stageId", stage, "laneId", lane, "position", 0));
        record(response, cardId, AckedWrite.Kind.CARD_MOVE, null, stage, lane);
    }

    private void rename(long stageId, String name) {
        ApiResponse response = api.patch(mapPath + "/stages/" + stageId, Map.of("version", versions.get(stageId), "name", name));
        record(response, stageId, AckedWrite.Kind.STAGE_RENAME, name, 0, 0);
    }

    private void create(String text) {
        JsonNode card = api.post(mapPath + "/cards", Map.of("stageId", ownStage, "laneId", ownLane, "text", text))
                .expect(201).json();
        long id = card.path("id").asLong();
        ownCards.add(id);
        versions.put(id, card.path("version").asLong());
        acked.add(new AckedWrite(AckedWrite.Kind.CARD_CREATE, id, card.path("version").asLong(), text, ownStage, ownLane));
    }

    private void delete(long cardId) {
        api.delete(mapPath + "/cards/" + cardId).expect(204);
        acked.add(new AckedWrite(AckedWrite.Kind.CARD_DELETE, cardId, 0, null, 0, 0));
    }

    private void record(ApiResponse response, long id, AckedWrite.Kind kind, String text, long stage, long lane) {
        if (response.status() == 409) {
            JsonNode current = response.json().path("current");
            assertThat(current.path("id").asLong()).as("409 of %s carries the element", response.request()).isEqualTo(id);
            assertThat(current.path("version").asLong()).as("409 carries a newer version").isGreaterThan(versions.get(id));
            versions.put(id, current.path("version").asLong());
            conflicts++;
            return;
        }
        long version = response.expect(200).json().path("version").asLong();
        versions.put(id, version);
        acked.add(new AckedWrite(kind, id, version, text, stage, lane));
    }

    private long pickOf(List<Long> ids) {
        return ids.get(random.nextInt(ids.size()));
    }
}
