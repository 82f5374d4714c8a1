package it.org.journeymaps.rest;

import com.fasterxml.jackson.databind.JsonNode;
import it.org.journeymaps.support.Api;
import it.org.journeymaps.support.ApiResponse;
import it.org.journeymaps.support.FreshMap;
import it.org.journeymaps.support.RunningDevHost;
import it.org.journeymaps.support.TestPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static it.org.journeymaps.support.ApiErrors.assertError;
import static it.org.journeymaps.support.ApiErrors.assertFieldError;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Limits and bad input of rest-api.md: each is answered in the error shape, naming the field where there is one,
 * and nothing is stored.
 */
class InputValidationTest {

    @RegisterExtension
    static final RunningDevHost devhost = new RunningDevHost();

    private static final TestPage page = devhost.page("Input checks").as("alice");
    private final FreshMap map = page.newMap("Input checks");
    private final Api alice = map.editor();
    private final String before = map.snapshot();

    private void assertNothingStored() {
        assertThat(map.snapshot()).as("nothing stored").isEqualTo(before);
    }

    @Test
    void aTitleOf256CharactersIsRefused() {
        assertFieldError(alice.post("/maps", Map.of("pageId", page.id(), "title", "t".repeat(256))), 400, "title");
        assertFieldError(alice.patch(map.path(), Map.of("version", map.version(), "title", "t".repeat(256))),
                400, "title");
        assertNothingStored();
    }

    @Test
    void aTitleOf255CharactersIsAccepted() {
        String title = "é".repeat(255);

        assertThat(alice.patch(map.path(), Map.of("version", map.version(), "title", title)).expect(200).json()
                .path("title").asText()).isEqualTo(title);
    }

    @Test
    void cardTextOf2001CharactersIsRefused() {
        assertFieldError(alice.post(map.path() + "/cards", Map.of("stageId", map.firstStageId(),
                "laneId", map.firstLaneId(), "text", "x".repeat(2_001))), 400, "text");
        assertFieldError(alice.patch(map.cardPath(),
                Map.of("version", 1, "text", "x".repeat(2_001))), 400, "text");
        assertNothingStored();
    }

    @Test
    void the61stStageIsRefusedNamingStages() {
        FreshMap full = page.newMap("Sixty stages");
        for (int i = full.stageIds().size(); i < 60; i++) {
            full.addStage("Stage " + i);
        }
        String fullBefore = full.snapshot();

        JsonNode error = assertFieldError(alice.post(full.path() + "/stages", Map.of("name", "One too many")),
                413, "stages");

        assertThat(error.path("message").asText()).contains("60");
        assertThat(full.snapshot()).isEqualTo(fullBefore);
        assertThat(alice.get(full.path()).json().path("stages")).hasSize(60);
    }

    @Test
    void aNewMapWith61StagesIsRefusedNamingStages() {
        List<Map<String, String>> stages = IntStream.range(0, 61).mapToObj(i -> Map.of("name", "S" + i)).toList();

        assertFieldError(alice.post("/maps", Map.of("pageId", page.id(), "title", "Too wide", "stages", stages)),
                413, "stages");
        assertNothingStored();
    }

    @Test
    void the31stLaneIsRefusedNamingLanes() {
        FreshMap full = page.newMap("Thirty lanes");
        for (int i = full.laneIds().size(); i < 30; i++) {
            full.addLane("Lane " + i, "TEXT");
        }
        String fullBefore = full.snapshot();

        assertFieldError(alice.post(full.path() + "/lanes", Map.of("name", "One too many", "type", "TEXT")),
                413, "lanes");

        assertThat(full.snapshot()).isEqualTo(fullBefore);
        assertThat(alice.get(full.path()).json().path("lanes")).hasSize(30);
    }

    @Test
    void anUnknownEnumValueIsRefusedNamingTheField() {
        JsonNode error = assertFieldError(alice.post(map.path() + "/lanes",
                Map.of("name", "Swim", "type", "SWIMLANE")), 400, "type");

        assertThat(error.path("message").asText()).contains("ACTIONS");
        assertFieldError(alice.post(map.path() + "/cards", Map.of("stageId", map.firstStageId(),
                "laneId", map.laneIds().get(1), "text", "Pain", "severity", "HUGE")), 400, "severity");
        assertNothingStored();
    }

    @Test
    void anEmotionScoreOutsideMinus2To2IsRefused() {
        assertFieldError(alice.put(map.path() + "/emotions/" + map.firstStageId(),
                Map.of("curve", "CURRENT", "score", 3)), 400, "score");
        assertFieldError(alice.put(map.path() + "/emotions/" + map.firstStageId(),
                Map.of("curve", "CURRENT", "score", -3)), 400, "score");
        assertNothingStored();
    }

    @Test
    void malformedJsonIsRefused() {
        assertError(alice.post(map.path() + "/cards", "{\"stageId\": " + map.firstStageId() + ", \"text\": "), 400);
        assertError(alice.patch(map.path(), "not json"), 400);
        assertNothingStored();
    }

    @Test
    void aBodyOver2MegabytesIsRefusedWith413() {
        String text = "x".repeat(2 * 1024 * 1024);
        ApiResponse response = alice.post(map.path() + "/cards", Map.of("stageId", map.firstStageId(),
                "laneId", map.firstLaneId(), "text", text));

        assertError(response, 413);
        assertNothingStored();
    }

    @Test
    void aBodyOver2MegabytesWithoutADeclaredLengthIsRefusedToo() {
        byte[] body = ("{\"stageId\": " + map.firstStageId() + ", \"laneId\": " + map.firstLaneId()
                + ", \"text\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);

        ApiResponse response = alice.sendChunked("POST", map.path() + "/cards", "application/json", body);

        assertError(response, 413);
        assertNothingStored();
    }

    @Test
    void aBodyThatIsNotJsonByMediaTypeIsRefusedWith415() {
        assertError(alice.send("POST", map.path() + "/stages", "text/plain", "{\"name\": \"Plain\"}"), 415);
        assertError(alice.send("PATCH", map.path(), "text/plain", "{\"version\": 1, \"title\": \"T\"}"), 415);
        assertNothingStored();
    }

    @Test
    void aNonNumericQueryParameterIsRefusedNamingIt() {
        assertFieldError(alice.get("/maps?start=abc"), 400, "start");
        assertFieldError(alice.get("/maps?limit=ten"), 400, "limit");
        assertFieldError(alice.get("/maps?pageId=x1"), 400, "pageId");
        assertFieldError(alice.get(map.path() + "/changes?since=yesterday"), 400, "since");
    }

    @Test
    void aBodyThatIsNotAnObjectIsRefusedNamingTheBody() {
        assertFieldError(alice.post("/maps", "[]"), 400, "body");
        assertFieldError(alice.post(map.path() + "/stages", "\"Use\""), 400, "body");
        assertNothingStored();
    }

    @Test
    void aMissingBodyIsRefused() {
        assertFieldError(alice.send("POST", "/maps", "application/json", null), 400, "body");
        assertError(alice.send("POST", map.path() + "/cards", "application/json", null), 400);
        assertError(alice.send("PATCH", map.cardPath(), "application/json", null), 400);
        assertError(alice.send("PUT", map.path() + "/emotions/" + map.firstStageId(), "application/json", null), 400);
        assertNothingStored();
    }

    @Test
    void aWrongTypeIsRefusedNamingTheField() {
        assertFieldError(alice.post(map.path() + "/cards", Map.of("stageId", "first", "laneId", map.firstLaneId(),
                "text", "Card")), 400, "stageId");
        assertNothingStored();
    }
}
