package it.org.journeymaps.rest;

import static it.org.journeymaps.support.ApiErrors.assertError;
import static it.org.journeymaps.support.ApiErrors.assertFieldError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import it.org.journeymaps.support.Api;
import it.org.journeymaps.support.RunningDevHost;
import it.org.journeymaps.support.TestPage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A future map linked to its current counterpart ({@code PATCH counterpartMapId}) and the comparison of both. */
class CounterpartTest {

    @RegisterExtension
    static final RunningDevHost devhost = new RunningDevHost();

    private static final TestPage page = devhost.page("Counterpart checks").as("alice");
    private final Api alice = page.user();

    @Test
    void theComparisonAlignsBothCurvesAndListsTheAddressedPainPoints() {
        JsonNode current = newMap("Aujourd'hui", "CURRENT");
        JsonNode future = newMap("Demain", "FUTURE");
        long currentId = current.path("id").asLong();
        long futureId = future.path("id").asLong();
        long pains = current.path("lanes").get(1).path("id").asLong();
        long pay = current.path("stages").get(0).path("id").asLong();
        alice.post("/maps/" + currentId + "/cards", Map.of("stageId", pay, "laneId", pains, "text", "Card refused"))
                .expect(201);
        alice.put("/maps/" + currentId + "/emotions/" + pay, Map.of("curve", "CURRENT", "score", -2)).expect(200);
        alice.put("/maps/" + futureId + "/emotions/" + future.path("stages").get(0).path("id").asLong(),
                Map.of("curve", "FUTURE", "score", 2)).expect(200);
        link(futureId, currentId).expect(200);

        JsonNode comparison = devhost.as("bob").get("/maps/" + futureId + "/counterpart-comparison").expect(200).json();

        assertThat(comparison.path("current").path("id").asLong()).isEqualTo(currentId);
        assertThat(comparison.path("future").path("id").asLong()).isEqualTo(futureId);
        assertThat(comparison.path("stages").get(0).toString()).isEqualTo("{\"name\":\"Pay\",\"currentStageId\":"
                + pay + ",\"futureStageId\":" + future.path("stages").get(0).path("id").asLong()
                + ",\"current\":-2.0,\"future\":2.0}");
        assertThat(comparison.path("addressed").get(0).path("text").asText()).isEqualTo("Card refused");
        assertThat(comparison.path("remaining")).isEmpty();
        assertError(devhost.as("carol").get("/maps/" + futureId + "/counterpart-comparison"), 404);
        assertError(devhost.anonymous().get("/maps/" + futureId + "/counterpart-comparison"), 401);
    }

    @Test
    void invalidCounterpartsAreRefusedNamingTheField() {
        long futureId = newMap("Demain", "FUTURE").path("id").asLong();
        long otherFuture = newMap("Après-demain", "FUTURE").path("id").asLong();
        long carolsMap = devhost.mapIdOnPage(devhost.carolPageId());

        assertFieldError(link(futureId, futureId), 400, "counterpartMapId");
        assertFieldError(link(futureId, otherFuture), 400, "counterpartMapId");
        assertFieldError(link(futureId, carolsMap), 400, "counterpartMapId");
        assertFieldError(link(futureId, 987_654), 400, "counterpartMapId");
    }

    @Test
    void deletingTheCurrentMapClearsTheLinkAndNullClearsItToo() {
        long currentId = newMap("Aujourd'hui", "CURRENT").path("id").asLong();
        long futureId = newMap("Demain", "FUTURE").path("id").asLong();
        assertThat(link(futureId, currentId).expect(200).json().path("counterpartMapId").asLong()).isEqualTo(currentId);

        Map<String, Object> clear = new HashMap<>();
        clear.put("version", alice.get("/maps/" + futureId).json().path("version").asLong());
        clear.put("counterpartMapId", null);
        assertThat(alice.patch("/maps/" + futureId, clear).expect(200).json().path("counterpartMapId").isNull())
                .isTrue();

        link(futureId, currentId).expect(200);
        alice.delete("/maps/" + currentId).expect(204);
        assertThat(alice.get("/maps/" + futureId).json().path("counterpartMapId").isNull()).isTrue();
    }

    private JsonNode newMap(String title, String state) {
        return page.createMap(Map.of("title", title, "state", state, "stages", List.of(Map.of("name", "Pay")),
                "lanes", List.of(Map.of("name", "Actions", "type", "ACTIONS"),
                        Map.of("name", "Pains", "type", "PAIN_POINTS"))));
    }

    private it.org.journeymaps.support.ApiResponse link(long mapId, long counterpartId) {
        long version = alice.get("/maps/" + mapId).json().path("version").asLong();
        return alice.patch("/maps/" + mapId, Map.of("version", version, "counterpartMapId", counterpartId));
    }
}
