package it.org.journeymaps.rest;

import com.fasterxml.jackson.databind.JsonNode;
import it.org.journeymaps.support.Api;
import it.org.journeymaps.support.ApiResponse;
import it.org.journeymaps.support.FreshMap;
import it.org.journeymaps.support.RunningDevHost;
import it.org.journeymaps.support.TestPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static it.org.journeymaps.support.ApiErrors.assertError;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Optimistic concurrency: each element's {@code version} guards its PATCHes (409 with the element as stored), while
 * the map's {@code revision} counts every write, is the ETag of {@code GET /maps/{id}}, and does not block writes
 * to other elements.
 */
class ConcurrencyTest {

    @RegisterExtension
    static final RunningDevHost devhost = new RunningDevHost();

    private static final TestPage page = devhost.page("Concurrency checks").as("alice");
    private final FreshMap map = page.newMap("Concurrency checks");
    private final Api alice = map.editor();
    private final Api admin = devhost.as("admin");

    @Test
    void theSecondPatchOfACardBasedOnTheSameVersionGets409WithTheCardAsStored() {
        String card = map.cardPath();
        alice.patch(card, Map.of("version", 1, "text", "Alice's words")).expect(200);

        ApiResponse second = admin.patch(card, Map.of("version", 1, "text", "Admin's words"));

        JsonNode conflict = assertError(second, 409);
        assertThat(conflict.path("current").path("id").asLong()).isEqualTo(map.cardId());
        assertThat(conflict.path("current").path("text").asText()).isEqualTo("Alice's words");
        assertThat(conflict.path("current").path("version").asLong()).isEqualTo(2);
        assertThat(cardText(map.cardId())).isEqualTo("Alice's words");
    }

    @Test
    void aStaleMapPatchGets409WithTheMapAsStored() {
        alice.patch(map.path(), Map.of("version", map.version(), "title", "First")).expect(200);

        JsonNode conflict = assertError(admin.patch(map.path(), Map.of("version", map.version(), "title", "Second")),
                409);

        assertThat(conflict.path("current").path("title").asText()).isEqualTo("First");
        assertThat(conflict.path("current").path("version").asLong()).isEqualTo(map.version() + 1);
        assertThat(alice.get(map.path()).json().path("title").asText()).isEqualTo("First");
    }

    @Test
    void patchesOfTwoCardsBasedOnTheSameStaleMapBothSucceed() {
        long other = map.addCard(map.firstStageId(), map.firstLaneId(), "Second card");
        JsonNode read = alice.get(map.path()).json();
        long versionOfFirst = cardIn(read, map.cardId()).path("version").asLong();
        long versionOfOther = cardIn(read, other).path("version").asLong();

        alice.patch(map.cardPath(), Map.of("version", versionOfFirst, "text", "By alice"))
                .expect(200);
        admin.patch(map.path() + "/cards/" + other, Map.of("version", versionOfOther, "text", "By admin"))
                .expect(200);

        assertThat(cardText(map.cardId())).isEqualTo("By alice");
        assertThat(cardText(other)).isEqualTo("By admin");
        assertThat(map.revision())
                .isEqualTo(read.path("revision").asLong() + 2);
    }

    @Test
    void ofSimultaneousPatchesBasedOnTheSameVersionExactlyOneWins() throws Exception {
        String card = map.cardPath();
        long revision = revisionOf(alice.get(map.path()));
        int writers = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<ApiResponse>> results = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                String text = "Writer " + i;
                results.add(pool.submit(() -> {
                    start.await();
                    return alice.patch(card, Map.of("version", 1, "text", text));
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<ApiResponse> result : results) {
                statuses.add(result.get(30, TimeUnit.SECONDS).status());
            }

            assertThat(statuses).containsOnly(200, 409).containsOnlyOnce(200);
            assertThat(map.revision()).isEqualTo(revision + 1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theMapAnswersWithItsRevisionAsETagAndEachWriteIncrementsIt() {
        ApiResponse first = alice.get(map.path());
        long revision = first.json().path("revision").asLong();
        assertThat(first.header("ETag")).hasValue("\"" + revision + "\"");

        map.addStage("Use");
        assertThat(revisionOf(alice.get(map.path()))).isEqualTo(revision + 1);
        alice.patch(map.path() + "/lanes/" + map.firstLaneId(), Map.of("version", 1, "name", "Doing")).expect(200);
        assertThat(revisionOf(alice.get(map.path()))).isEqualTo(revision + 2);
        alice.put(map.path() + "/emotions/" + map.firstStageId(), Map.of("curve", "CURRENT", "score", -1)).expect(200);
        assertThat(revisionOf(alice.get(map.path()))).isEqualTo(revision + 3);
        alice.delete(map.cardPath()).expect(204);
        ApiResponse last = alice.get(map.path());
        assertThat(revisionOf(last)).isEqualTo(revision + 4);
        assertThat(last.header("ETag")).hasValue("\"" + (revision + 4) + "\"");
    }

    @Test
    void ifNoneMatchWithTheCurrentETagGets304AndAnOlderOneTheMap() {
        String etag = alice.get(map.path()).header("ETag").orElseThrow();

        ApiResponse notModified = alice.get(map.path(), "If-None-Match", etag);
        assertThat(notModified.status()).isEqualTo(304);
        assertThat(notModified.body()).isEmpty();

        map.addStage("Use");
        ApiResponse changed = alice.get(map.path(), "If-None-Match", etag);
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.header("ETag")).isNotEqualTo(etag);
        assertThat(changed.json().path("stages")).hasSize(3);
    }

    @Test
    void aConflictIsNotTakenForPermission() {
        assertError(devhost.as("bob").patch(map.cardPath(),
                Map.of("version", 99, "text", "Bob's words")), 403);
    }

    private static long revisionOf(ApiResponse response) {
        return response.expect(200).json().path("revision").asLong();
    }

    private String cardText(long cardId) {
        return cardIn(alice.get(map.path()).json(), cardId).path("text").asText();
    }

    private static JsonNode cardIn(JsonNode map, long cardId) {
        for (JsonNode card : map.path("cards")) {
            if (card.path("id").asLong() == cardId) {
                return card;
            }
        }
        throw new AssertionError("no card " + cardId + " in " + map);
    }
}
