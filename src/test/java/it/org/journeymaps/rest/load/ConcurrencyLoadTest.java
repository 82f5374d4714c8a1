package it.org.journeymaps.rest.load;

import com.fasterxml.jackson.databind.JsonNode;
import it.org.journeymaps.support.Api;
import it.org.journeymaps.support.RunningDevHost;
import org.journeymaps.devhost.directory.DemoDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 20 clients × 100 writes on one map, on the same elements and on different ones, at once. Every acknowledged
 * write is in the change log exactly once, in one unbroken run of revisions; replaying the acknowledged writes in
 * revision order gives the map as stored; every 409 carried the element (checked by {@link LoadClient}); writes
 * to a client's own cards never conflicted.
 */
class ConcurrencyLoadTest {
    private static final int CLIENTS = 20;
    private static final int OPERATIONS = 100;
    private static final int STAGES = 5;

    @RegisterExtension
    static final RunningDevHost devhost = new RunningDevHost();

    @Test
    void noAcknowledgedWriteIsLostAndTheMapIsTheReplayOfThemInRevisionOrder() throws Exception {
        Api alice = devhost.as("alice");
        long pageId = devhost.createPage(DemoDirectory.DEMO_SPACE, "Concurrency load");
        String path = "/maps/" + alice.post("/maps", Map.of("pageId", pageId, "title", "Load")).expect(201).id();
        List<Long> stages = IntStream.range(0, STAGES)
                .mapToObj(i -> alice.post(path + "/stages", Map.of("name", "Stage " + i)).expect(201).id()).toList();
        List<Long> lanes = IntStream.range(0, 2 + CLIENTS / STAGES)
                .mapToObj(i -> alice.post(path + "/lanes", Map.of("name", "Lane " + i, "type", "ACTIONS")).expect(201).id())
                .toList();
        List<Long> sharedCards = IntStream.range(0, 10).mapToObj(i -> alice.post(path + "/cards", Map.of(
                "stageId", stages.get(i % STAGES), "laneId", lanes.get(i % 2), "text", "Shared " + i)).expect(201).id()).toList();
        JsonNode start = alice.get(path).expect(200).json();
        ReplayedMap replay = new ReplayedMap();
        start.path("cards").forEach(c -> replay.apply(new AckedWrite(AckedWrite.Kind.CARD_CREATE, c.path("id").asLong(), 1,
                c.path("text").asText(), c.path("stageId").asLong(), c.path("laneId").asLong())));
        start.path("stages").forEach(s -> replay.stageNames.put(s.path("id").asLong(), s.path("name").asText()));

        LoadClient.Layout layout = new LoadClient.Layout(stages, lanes.subList(0, 2), lanes.subList(2, lanes.size()), sharedCards);
        List<LoadClient> clients = IntStream.range(0, CLIENTS)
                .mapToObj(n -> new LoadClient(devhost.as(n % 2 == 0 ? "alice" : "admin"), path, n, layout)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> runs = new ArrayList<>();
            clients.forEach(c -> runs.add(pool.submit(() -> c.run(OPERATIONS))));
            for (Future<?> run : runs) {
                run.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        List<AckedWrite> acked = clients.stream().flatMap(c -> c.acked.stream()).toList();
        int conflicts = clients.stream().mapToInt(c -> c.conflicts).sum();
        assertThat(acked.size() + conflicts).isEqualTo(CLIENTS * OPERATIONS);
        assertThat(conflicts).as("shared elements were written concurrently").isPositive();

        long since = start.path("revision").asLong();
        List<JsonNode> log = changesSince(alice, path, since);
        assertThat(log).extracting(c -> c.path("revision").asLong())
                .as("one change per acknowledged write, revisions without gaps")
                .containsExactlyElementsOf(IntStream.rangeClosed(1, acked.size()).mapToObj(i -> since + i).toList());

        for (Map.Entry<Long, AckedWrite> write : inRevisionOrder(acked, log).entrySet()) {
            replay.apply(write.getValue());
        }
        JsonNode end = alice.get(path).expect(200).json();
        Map<Long, ReplayedMap.CardState> stored = new TreeMap<>();
        end.path("cards").forEach(c -> stored.put(c.path("id").asLong(), new ReplayedMap.CardState(
                c.path("text").asText(), c.path("stageId").asLong(), c.path("laneId").asLong())));
        Map<Long, String> storedStages = new TreeMap<>();
        end.path("stages").forEach(s -> storedStages.put(s.path("id").asLong(), s.path("name").asText()));
        assertThat(stored).isEqualTo(replay.cards);
        assertThat(storedStages).isEqualTo(replay.stageNames);
        assertThat(end.path("revision").asLong()).isEqualTo(since + acked.size());
    }

    /** Pairs each element's acknowledged writes (in version order) with its changes (in revision order). */
    private static Map<Long, AckedWrite> inRevisionOrder(List<AckedWrite> acked, List<JsonNode> log) {
        Map<String, List<AckedWrite>> writesByElement = new LinkedHashMap<>();
        acked.stream()
                .sorted(Comparator.comparingLong(w -> w.kind() == AckedWrite.Kind.CARD_DELETE ? Long.MAX_VALUE : w.versionAfter()))
                .forEach(w -> writesByElement.computeIfAbsent(w.element(), k -> new ArrayList<>()).add(w));
        Map<Long, AckedWrite> byRevision = new TreeMap<>();
        for (JsonNode change : log) {
            String element = change.path("element").path("type").asText() + ":" + change.path("element").path("id").asLong();
            List<AckedWrite> writes = writesByElement.getOrDefault(element, List.of());
            assertThat(writes).as("an acknowledged write for change %s", change).isNotEmpty();
            AckedWrite write = writes.remove(0);
            assertThat(change.path("op").asText()).startsWith(element.substring(0, element.indexOf(':')) + "_");
            byRevision.put(change.path("revision").asLong(), write);
        }
        assertThat(writesByElement.values()).allSatisfy(rest -> assertThat(rest).as("writes missing from the log").isEmpty());
        return byRevision;
    }

    private static List<JsonNode> changesSince(Api api, String path, long since) {
        List<JsonNode> changes = new ArrayList<>();
        long revision = since;
        boolean more = true;
        while (more) {
            JsonNode feed = api.get(path + "/changes?since=" + revision).expect(200).json();
            feed.path("changes").forEach(changes::add);
            revision = feed.path("revision").asLong();
            more = feed.path("more").asBoolean();
        }
        return changes;
    }
}
