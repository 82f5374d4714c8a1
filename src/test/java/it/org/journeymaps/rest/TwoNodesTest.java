package it.org.journeymaps.rest;

import com.fasterxml.jackson.databind.JsonNode;
import it.org.journeymaps.support.Api;
import it.org.journeymaps.support.FreshMap;
import it.org.journeymaps.support.RunningDevHost;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Two Data Center nodes on one database: what is written through one is seen by a client of the other. */
class TwoNodesTest {

    @RegisterExtension
    static final RunningDevHost devhost = RunningDevHost.twoNodes();

    private final Api aliceOnA = devhost.as("alice");
    private final Api adminOnB = devhost.onSecondNodeAs("admin");

    private FreshMap mapOnNewPage(String title) {
        return devhost.page(title).as("alice").map();
    }

    @Test
    void aChangeMadeThroughOneNodeIsInTheFeedOfTheOther() {
        FreshMap map = mapOnNewPage("Two nodes: feed");
        long since = adminOnB.get(map.path()).expect(200).json().path("revision").asLong();

        aliceOnA.patch(map.cardPath(), Map.of("version", 1, "text", "Written on A"))
                .expect(200);

        JsonNode feed = adminOnB.get(map.path() + "/changes?since=" + since).expect(200).json();
        assertThat(feed.path("revision").asLong()).isEqualTo(since + 1);
        assertThat(feed.path("changes").get(0).path("element").path("now").path("text").asText())
                .isEqualTo("Written on A");

        adminOnB.patch(map.cardPath(), Map.of("version", 2, "text", "Then on B")).expect(200);
        assertThat(aliceOnA.get(map.path()).expect(200).json().path("cards").get(0).path("text").asText())
                .isEqualTo("Then on B");
    }

    @Test
    void whoIsOnTheMapThroughOneNodeIsListedByTheOther() {
        FreshMap map = mapOnNewPage("Two nodes: presence");

        aliceOnA.put(map.path() + "/presence", Map.of("session", "tab-a", "editing", true)).expect(200);
        JsonNode onB = adminOnB.put(map.path() + "/presence", Map.of("session", "tab-b", "editing", false))
                .expect(200).json();

        assertThat(onB).hasSize(2);
        assertThat(onB.findValuesAsText("name")).containsExactly("Administrator", "Alice Martin");
        String feedPath = map.path() + "/changes?since=" + adminOnB.get(map.path()).json().path("revision").asLong();
        JsonNode feedOnB = adminOnB.get(feedPath).expect(200).json();
        assertThat(feedOnB.path("presence").findValuesAsText("userKey"))
                .containsExactlyInAnyOrder(devhost.userKey("alice"), devhost.userKey("admin"));
        JsonNode alice = presenceOf(feedOnB, devhost.userKey("alice"));
        assertThat(alice.path("editing").asBoolean()).isTrue();
        assertThat(alice.path("self").asBoolean()).isFalse();

        aliceOnA.delete(map.path() + "/presence?session=tab-a").expect(204);
        assertThat(adminOnB.get(feedPath).expect(200).json().path("presence")
                .findValuesAsText("userKey")).containsExactly(devhost.userKey("admin"));
    }

    private static JsonNode presenceOf(JsonNode feed, String userKey) {
        for (JsonNode entry : feed.path("presence")) {
            if (entry.path("userKey").asText().equals(userKey)) {
                return entry;
            }
        }
        throw new AssertionError("no presence of " + userKey + " in " + feed);
    }
}
