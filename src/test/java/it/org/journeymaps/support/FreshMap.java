package it.org.journeymaps.support;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A small map made for one test by an editor of its page: two stages, an ACTIONS and a PAIN_POINTS lane, one card
 * in the first cell, and a persona in the space's library. Ids and versions as created; the steps a test takes on
 * it ({@link #addStage}, {@link #addCard}…) are made by that editor.
 */
public record FreshMap(Api editor, long id, long pageId, String spaceKey, long version, List<Long> stageIds,
                       List<Long> laneIds, long cardId, long personaId) {

    public static FreshMap create(Api editor, long pageId, String title) {
        JsonNode map = editor.post("/maps", Map.of("pageId", pageId, "title", title,
                "stages", List.of(Map.of("name", "Discover"), Map.of("name", "Buy")),
                "lanes", List.of(Map.of("name", "Actions", "type", "ACTIONS"),
                        Map.of("name", "Pains", "type", "PAIN_POINTS")))).expect(201).json();
        long id = map.path("id").asLong();
        List<Long> stageIds = ids(map.path("stages"));
        List<Long> laneIds = ids(map.path("lanes"));
        long cardId = editor.post("/maps/" + id + "/cards", Map.of("stageId", stageIds.get(0),
                "laneId", laneIds.get(0), "text", "Looks around")).expect(201).id();
        String spaceKey = map.path("spaceKey").asText();
        long personaId = editor.post("/spaces/" + spaceKey + "/personas", Map.of("name", "Pat for " + title))
                .expect(201).id();
        return new FreshMap(editor, id, pageId, spaceKey, map.path("version").asLong(), stageIds, laneIds, cardId,
                personaId);
    }

    public String path() {
        return "/maps/" + id;
    }

    /** The path of the card made with the map. */
    public String cardPath() {
        return path() + "/cards/" + cardId;
    }

    /** The map's current revision, as its editor reads it. */
    public long revision() {
        return editor.get(path()).expect(200).json().path("revision").asLong();
    }

    /** Adds a stage at the end; returns its id. */
    public long addStage(String name) {
        return editor.post(path() + "/stages", Map.of("name", name)).expect(201).id();
    }

    /** Adds a lane of {@code type} at the end; returns its id. */
    public long addLane(String name, String type) {
        return editor.post(path() + "/lanes", Map.of("name", name, "type", type)).expect(201).id();
    }

    /** Adds a card with {@code text} in the cell of {@code stageId} and {@code laneId}; returns its id. */
    public long addCard(long stageId, long laneId, String text) {
        return editor.post(path() + "/cards", Map.of("stageId", stageId, "laneId", laneId, "text", text))
                .expect(201).id();
    }

    /**
     * What the map's editor sees of it and of its space's personas, as text: equal before and after a refused
     * request when the request changed nothing.
     */
    public String snapshot() {
        return String.join("\n", editor.get(path()).expect(200).body(),
                editor.get("/maps?pageId=" + pageId + "&limit=100").expect(200).body(),
                editor.get("/spaces/" + spaceKey + "/personas").expect(200).body());
    }

    /** The ids in the opposite order: a valid new order. */
    public static List<Long> reversed(List<Long> ids) {
        List<Long> copy = new ArrayList<>(ids);
        Collections.reverse(copy);
        return copy;
    }

    public long firstStageId() {
        return stageIds.get(0);
    }

    public long firstLaneId() {
        return laneIds.get(0);
    }

    private static List<Long> ids(JsonNode elements) {
        List<Long> ids = new ArrayList<>();
        elements.forEach(element -> ids.add(element.path("id").asLong()));
        return ids;
    }
}
