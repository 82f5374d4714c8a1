package it.org.journeymaps.support;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** One call of each endpoint family of the API, on a {@link FreshMap}, with a valid body. */
public enum EndpointCall {
    GET_MAP(200, (api, m) -> api.get(m.path())),
    GET_CHANGES(200, (api, m) -> api.get(m.path() + "/changes?since=1")),
    LIST_PERSONAS(200, (api, m) -> api.get("/spaces/" + m.spaceKey() + "/personas")),
    GET_PERSONA(200, (api, m) -> api.get("/personas/" + m.personaId())),
    CREATE_MAP(201, (api, m) -> api.post("/maps", Map.of("pageId", m.pageId(), "title", "Another map"))),
    PATCH_MAP(200, (api, m) -> api.patch(m.path(), Map.of("version", m.version(), "description", "Changed"))),
    DELETE_MAP(204, (api, m) -> api.delete(m.path())),
    ADD_STAGE(201, (api, m) -> api.post(m.path() + "/stages", Map.of("name", "Use"))),
    PATCH_STAGE(200, (api, m) -> api.patch(m.path() + "/stages/" + m.firstStageId(),
            Map.of("version", 1, "name", "Renamed"))),
    DELETE_STAGE(204, (api, m) -> api.delete(m.path() + "/stages/" + m.firstStageId())),
    ORDER_STAGES(200, (api, m) -> api.put(m.path() + "/stages/order",
            Map.of("ids", FreshMap.reversed(m.stageIds())))),
    ADD_LANE(201, (api, m) -> api.post(m.path() + "/lanes", Map.of("name", "Thoughts", "type", "THOUGHTS"))),
    PATCH_LANE(200, (api, m) -> api.patch(m.path() + "/lanes/" + m.firstLaneId(),
            Map.of("version", 1, "name", "Renamed"))),
    DELETE_LANE(204, (api, m) -> api.delete(m.path() + "/lanes/" + m.firstLaneId())),
    ORDER_LANES(200, (api, m) -> api.put(m.path() + "/lanes/order", Map.of("ids", FreshMap.reversed(m.laneIds())))),
    ADD_CARD(201, (api, m) -> api.post(m.path() + "/cards",
            Map.of("stageId", m.firstStageId(), "laneId", m.firstLaneId(), "text", "Another card"))),
    PATCH_CARD(200, (api, m) -> api.patch(m.path() + "/cards/" + m.cardId(),
            Map.of("version", 1, "text", "Changed"))),
    DELETE_CARD(204, (api, m) -> api.delete(m.path() + "/cards/" + m.cardId())),
    PUT_EMOTION(200, (api, m) -> api.put(m.path() + "/emotions/" + m.firstStageId(),
            Map.of("curve", "CURRENT", "score", 1))),
    /** Clears a point the same caller has just set (a refused caller's PUT is refused the same way). */
    DELETE_EMOTION(204, (api, m) -> {
        api.put(m.path() + "/emotions/" + m.firstStageId(), Map.of("curve", "CURRENT", "score", 1));
        return api.delete(m.path() + "/emotions/" + m.firstStageId() + "?curve=CURRENT&version=1");
    }),
    CREATE_PERSONA(201, (api, m) -> api.post("/spaces/" + m.spaceKey() + "/personas", Map.of("name", "Lee"))),
    PATCH_PERSONA(200, (api, m) -> api.patch("/personas/" + m.personaId(), Map.of("version", 1, "role", "Buyer"))),
    DELETE_PERSONA(204, (api, m) -> api.delete("/personas/" + m.personaId())),
    // History: a fresh map has version 1, the automatic one its first card's write took.
    LIST_VERSIONS(200, (api, m) -> api.get(m.path() + "/versions")),
    GET_VERSION(200, (api, m) -> api.get(m.path() + "/versions/1")),
    GET_VERSION_COMPARISON(200, (api, m) -> api.get(m.path() + "/versions/compare?from=1&to=current")),
    SAVE_VERSION(201, (api, m) -> api.post(m.path() + "/versions", Map.of("label", "Workshop"))),
    RESTORE_VERSION(200, (api, m) -> api.post(m.path() + "/versions/1/restore", Map.of()));

    private final int success;
    private final BiFunction<Api, FreshMap, ApiResponse> call;

    EndpointCall(int success, BiFunction<Api, FreshMap, ApiResponse> call) {
        this.success = success;
        this.call = call;
    }

    public boolean reads() {
        return name().startsWith("GET_") || name().startsWith("LIST_");
    }

    /** The status of the call done by an editor. */
    public int success() {
        return success;
    }

    public ApiResponse apply(Api caller, FreshMap map) {
        return call.apply(caller, map);
    }

    /** The mutations: what the XSRF rule guards. */
    public static List<EndpointCall> writes() {
        return Arrays.stream(values()).filter(call -> !call.reads()).toList();
    }
}
