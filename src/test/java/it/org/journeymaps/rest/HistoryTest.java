package it.org.journeymaps.rest;

import static it.org.journeymaps.support.ApiErrors.assertError;
import static it.org.journeymaps.support.ApiErrors.assertFieldError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import it.org.journeymaps.support.Api;
import it.org.journeymaps.support.FreshMap;
import it.org.journeymaps.support.RunningDevHost;
import it.org.journeymaps.support.TestPage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code /maps/{id}/versions…}: saving, listing, opening, comparing and restoring versions over HTTP. */
class HistoryTest {

    @RegisterExtension
    static final RunningDevHost devhost = new RunningDevHost();

    private static final TestPage page = devhost.page("History checks").as("alice");
    private final Api alice = page.user();

    @Test
    void restoringAVersionMakesANewRevisionAndKeepsEveryOlderVersion() {
        FreshMap map = page.newMap("Restore");
        JsonNode saved = alice.post(map.path() + "/versions", Map.of("label", "Atelier")).expect(201).json();
        int number = saved.path("number").asInt();
        alice.patch(map.cardPath(), Map.of("version", 1, "text", "Changed")).expect(200);
        long revisionBefore = map.revision();
        int versionsBefore = alice.get(map.path() + "/versions").json().path("total").asInt();

        JsonNode restored = alice.post(map.path() + "/versions/" + number + "/restore", Map.of()).expect(200).json();

        assertThat(restored.path("revision").asLong()).isEqualTo(revisionBefore + 1);
        assertThat(restored.path("cards").get(0).path("text").asText()).isEqualTo("Looks around");
        assertThat(restored.path("cards").get(0).path("id").asLong()).isEqualTo(map.cardId());
        JsonNode versions = alice.get(map.path() + "/versions").expect(200).json();
        assertThat(versions.path("total").asInt()).isEqualTo(versionsBefore + 1);
        assertThat(versions.path("results").get(0).path("kind").asText()).isEqualTo("AUTOMATIC");
        assertThat(labels(versions)).contains("Atelier");
        assertThat(versions.path("results").get(0).path("author").asText()).isEqualTo(devhost.userKey("alice"));
        assertThat(versions.path("results").get(0).path("authorName").asText()).isEqualTo("Alice Martin");
        JsonNode feed = alice.get(map.path() + "/changes?since=" + revisionBefore).json();
        assertThat(feed.path("changes").get(0).path("op").asText()).isEqualTo("VERSION_RESTORED");
    }

    @Test
    void aVersionOpensInTheShapeOfTheFullMapReadOnly() {
        FreshMap map = page.newMap("Open");
        alice.post(map.path() + "/versions", Map.of("label", "v")).expect(201);

        JsonNode current = alice.get(map.path()).expect(200).json();
        JsonNode version = alice.get(map.path() + "/versions/2").expect(200).json();

        assertThat(fieldNames(version)).isEqualTo(fieldNames(current));
        assertThat(version.path("cards")).isEqualTo(current.path("cards"));
        assertThat(version.path("permissions").toString()).isEqualTo("{\"view\":true,\"comment\":false,\"edit\":false,\"spaceAdmin\":false}");
        assertError(alice.get(map.path() + "/versions/99"), 404);
        assertFieldError(alice.get(map.path() + "/versions/zero"), 400, "number");
    }

    @Test
    void compareListsAddedRemovedAndChangedElementsWithTheirFields() {
        FreshMap map = page.newMap("Compare");
        alice.post(map.path() + "/versions", Map.of("label", "before")).expect(201);
        alice.patch(map.cardPath(), Map.of("version", 1, "text", "Compares prices")).expect(200);
        map.addStage("Use");
        alice.delete(map.path() + "/stages/" + map.stageIds().get(1)).expect(204);

        JsonNode diff = devhost.as("bob").get(map.path() + "/versions/compare?from=2&to=current").expect(200).json();

        assertThat(diff.path("from").toString()).startsWith("{\"version\":2,");
        assertThat(diff.path("to").path("version").isNull()).isTrue();
        List<String> changes = new ArrayList<>();
        diff.path("changes").forEach(c -> changes.add(c.path("type").asText() + " " + c.path("change").asText()
                + " " + c.path("label").asText()));
        assertThat(changes).containsExactly("STAGE ADDED Use", "STAGE REMOVED Buy", "CARD CHANGED Compares prices");
        JsonNode field = diff.path("changes").get(2).path("fields").get(0);
        assertThat(field.toString()).isEqualTo(
                "{\"field\":\"text\",\"before\":\"Looks around\",\"after\":\"Compares prices\"}");
        assertThat(diff.path("summary").path("STAGE").toString()).isEqualTo("{\"ADDED\":1,\"REMOVED\":1}");
        assertFieldError(alice.get(map.path() + "/versions/compare?from=2"), 400, "to");
        assertFieldError(alice.get(map.path() + "/versions/compare?from=x&to=current"), 400, "from");
    }

    @Test
    void savingAVersionNeedsALabel() {
        FreshMap map = page.newMap("Label");

        assertFieldError(alice.post(map.path() + "/versions", Map.of("label", "  ")), 400, "label");
        assertFieldError(alice.post(map.path() + "/versions", Map.of("label", "x".repeat(256))), 400, "label");
    }

    private static List<String> labels(JsonNode versions) {
        List<String> labels = new ArrayList<>();
        versions.path("results").forEach(v -> labels.add(v.path("label").asText()));
        return labels;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
