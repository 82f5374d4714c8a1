package it.org.journeymaps.rest;

import com.fasterxml.jackson.databind.JsonNode;
import it.org.journeymaps.support.Api;
import it.org.journeymaps.support.FreshMap;
import it.org.journeymaps.support.RunningDevHost;
import it.org.journeymaps.support.TestPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static it.org.journeymaps.support.ApiErrors.assertError;
import static it.org.journeymaps.support.ApiErrors.assertFieldError;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /maps/{id}/changes?since=n}: the writes after revision n, each with author, op and element. */
class ChangeFeedTest {

    @RegisterExtension
    static final RunningDevHost devhost = new RunningDevHost();

    private static final TestPage page = devhost.page("Change feed checks").as("alice");
    private final Api alice = page.user();

    @Test
    void theFeedListsTheWritesAfterTheGivenRevision() {
        FreshMap map = page.newMap("Feed");
        long since = map.revision();
        Instant before = Instant.now().minusSeconds(1);

        long stageId = map.addStage("Use");
        devhost.as("admin").patch(map.cardPath(), Map.of("version", 1, "text", "Edited"))
                .expect(200);
        alice.delete(map.cardPath()).expect(204);

        JsonNode feed = devhost.as("bob").get(map.path() + "/changes?since=" + since).expect(200).json();

        assertThat(feed.path("revision").asLong()).isEqualTo(since + 3);
        JsonNode changes = feed.path("changes");
        assertThat(changes).hasSize(3);
        assertThat(fields(changes, "revision")).containsExactly(
                String.valueOf(since + 1), String.valueOf(since + 2), String.valueOf(since + 3));
        assertThat(fields(changes, "op")).containsExactly("STAGE_CREATED", "CARD_UPDATED", "CARD_DELETED");
        assertThat(fields(changes, "author")).containsExactly(
                devhost.userKey("alice"), devhost.userKey("admin"), devhost.userKey("alice"));
        assertThat(fields(changes, "authorName")).containsExactly("Alice Martin", "Administrator", "Alice Martin");
        assertThat(changes.get(0).path("element").path("type").asText()).isEqualTo("STAGE");
        assertThat(changes.get(0).path("element").path("id").asLong()).isEqualTo(stageId);
        assertThat(changes.get(0).path("element").path("now").path("name").asText()).isEqualTo("Use");
        assertThat(changes.get(1).path("element").path("id").asLong()).isEqualTo(map.cardId());
        for (JsonNode change : changes) {
            assertThat(Instant.parse(change.path("at").asText())).isAfter(before);
        }
    }

    @Test
    void sinceTheCurrentRevisionTheFeedIsEmpty() {
        FreshMap map = page.newMap("Quiet");
        long revision = map.revision();

        JsonNode feed = alice.get(map.path() + "/changes?since=" + revision).expect(200).json();

        assertThat(feed.path("revision").asLong()).isEqualTo(revision);
        assertThat(feed.path("changes")).isEmpty();
    }

    @Test
    void sinceZeroTheFeedStartsWithTheMapsCreation() {
        FreshMap map = page.newMap("From the start");

        JsonNode changes = alice.get(map.path() + "/changes?since=0").expect(200).json().path("changes");

        assertThat(fields(changes, "op")).containsExactly("MAP_CREATED", "CARD_CREATED");
        assertThat(changes.get(0).path("element").path("now").path("title").asText()).isEqualTo("From the start");
    }

    @Test
    void sinceBeyondTheRevisionIsRefusedNamingSince() {
        FreshMap map = page.newMap("Future");
        long revision = map.revision();

        assertFieldError(alice.get(map.path() + "/changes?since=" + (revision + 1)), 400, "since");
        assertFieldError(alice.get(map.path() + "/changes?since=-1"), 400, "since");
        assertFieldError(alice.get(map.path() + "/changes"), 400, "since");
    }

    @Test
    void theFeedOfAMapOneMayNotViewIsHidden() {
        FreshMap map = page.newMap("Hidden feed");

        assertError(devhost.as("carol").get(map.path() + "/changes?since=0"), 404);
        assertError(devhost.anonymous().get(map.path() + "/changes?since=0"), 401);
    }

    private static List<String> fields(JsonNode changes, String field) {
        List<String> values = new ArrayList<>();
        changes.forEach(change -> values.add(change.path(field).asText()));
        return values;
    }
}
