package it.org.journeymaps.rest;

import com.fasterxml.jackson.databind.JsonNode;
import it.org.journeymaps.support.Api;
import it.org.journeymaps.support.FreshMap;
import it.org.journeymaps.support.RunningDevHost;
import it.org.journeymaps.support.TestPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Map;

import static it.org.journeymaps.support.ApiErrors.assertError;
import static it.org.journeymaps.support.ApiErrors.assertFieldError;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code DELETE /maps/{id}/emotions/{stageId}?curve=&personaId=&version=}: clears one point of a curve, only at the
 * version the caller saw, and the change feed says so.
 */
class EmotionDeleteTest {

    @RegisterExtension
    static final RunningDevHost devhost = new RunningDevHost();

    private static final TestPage page = devhost.page("Emotion delete checks").as("alice");
    private final FreshMap map = page.newMap("Emotion delete checks");
    private final Api alice = map.editor();
    private final Api admin = devhost.as("admin");
    private final String point = map.path() + "/emotions/" + map.firstStageId();

    @Test
    void clearingAPointRemovesOnlyItBumpsTheRevisionAndShowsInTheFeed() {
        alice.patch(map.path(), Map.of("version", map.version(), "personaIds", List.of(map.personaId())))
                .expect(200);
        long general = alice.put(point, Map.of("curve", "CURRENT", "score", -1)).expect(200).id();
        alice.put(point, Map.of("curve", "CURRENT", "score", 2, "personaId", map.personaId())).expect(200);
        alice.put(point, Map.of("curve", "FUTURE", "score", 1)).expect(200);
        long revision = map.revision();

        alice.delete(point + "?curve=CURRENT&version=1").expect(204);

        JsonNode emotions = alice.get(map.path()).expect(200).json().path("emotions");
        assertThat(emotions).hasSize(2);
        assertThat(emotions.findValuesAsText("curve")).containsExactlyInAnyOrder("CURRENT", "FUTURE");
        assertThat(emotions.findValues("personaId").stream().filter(JsonNode::isNumber).count()).isEqualTo(1);
        JsonNode feed = alice.get(map.path() + "/changes?since=" + revision).expect(200).json();
        assertThat(feed.path("revision").asLong()).isEqualTo(revision + 1);
        assertThat(feed.path("changes").get(0).path("op").asText()).isEqualTo("EMOTION_DELETED");
        assertThat(feed.path("changes").get(0).path("element").path("id").asLong()).isEqualTo(general);

        alice.delete(point + "?curve=CURRENT&personaId=" + map.personaId() + "&version=1").expect(204);
        assertThat(alice.get(map.path()).json().path("emotions")).hasSize(1);
    }

    @Test
    void aStaleVersionGets409WithThePointAsStoredAndKeepsIt() {
        alice.put(point, Map.of("curve", "CURRENT", "score", -1)).expect(200);
        admin.put(point, Map.of("curve", "CURRENT", "score", 2, "version", 1)).expect(200);

        JsonNode conflict = assertError(alice.delete(point + "?curve=CURRENT&version=1"), 409);

        assertThat(conflict.path("current").path("score").asInt()).isEqualTo(2);
        assertThat(conflict.path("current").path("version").asLong()).isEqualTo(2);
        assertThat(alice.get(map.path()).json().path("emotions").get(0).path("score").asInt()).isEqualTo(2);
    }

    @Test
    void badOrMissingParametersAreNamedAndAMissingPointIs404() {
        alice.put(point, Map.of("curve", "CURRENT", "score", -1)).expect(200);

        assertFieldError(alice.delete(point + "?version=1"), 400, "curve");
        assertFieldError(alice.delete(point + "?curve=SOMEDAY&version=1"), 400, "curve");
        assertFieldError(alice.delete(point + "?curve=CURRENT"), 400, "version");
        assertFieldError(alice.delete(point + "?curve=CURRENT&version=x"), 400, "version");
        assertError(alice.delete(point + "?curve=FUTURE&version=1"), 404);
        assertThat(alice.get(map.path()).json().path("emotions")).hasSize(1);
    }

    @Test
    void bobWhoOnlyReadsGets403AndThePointStays() {
        alice.put(point, Map.of("curve", "CURRENT", "score", -1)).expect(200);

        assertError(devhost.as("bob").delete(point + "?curve=CURRENT&version=1"), 403);

        assertThat(alice.get(map.path()).json().path("emotions")).hasSize(1);
    }
}
