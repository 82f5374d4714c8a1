package it.org.journeymaps.rest;

import com.fasterxml.jackson.databind.JsonNode;
import it.org.journeymaps.support.Api;
import it.org.journeymaps.support.ApiResponse;
import it.org.journeymaps.support.FreshMap;
import it.org.journeymaps.support.RunningDevHost;
import it.org.journeymaps.support.TestPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static it.org.journeymaps.support.ApiErrors.assertError;
import static it.org.journeymaps.support.ApiErrors.assertNoStackTrace;
import static org.assertj.core.api.Assertions.assertThat;

/** The JSON the API writes: rest-api.md's "Full Map" field names, errors without traces, text kept exactly. */
class JsonShapeTest {

    @RegisterExtension
    static final RunningDevHost devhost = new RunningDevHost();

    private static final TestPage page = devhost.page("JSON checks").as("alice");
    private final Api alice = page.user();

    @Test
    void theFullMapHasTheFieldsOfTheContract() {
        JsonNode map = alice.get("/maps/" + devhost.mapIdOnPage(devhost.demoPageId())).expect(200).json();

        assertThat(names(map)).contains("id", "pageId", "spaceKey", "title", "description", "state", "revision",
                "version", "owner", "reviewDue", "createdAt", "updatedAt", "personas", "stages", "lanes", "cards",
                "emotions", "permissions");
        assertThat(names(map.path("personas").get(0))).contains("id", "name", "color");
        assertThat(names(map.path("stages").get(0))).contains("id", "name", "description", "position", "version");
        assertThat(names(map.path("lanes").get(0))).contains("id", "name", "type", "position", "version");
        assertThat(names(map.path("cards").get(0)))
                .contains("id", "stageId", "laneId", "position", "text", "version", "issues");
        assertThat(names(map.path("emotions").get(0))).contains("stageId", "personaId", "curve", "score", "note");
        assertThat(names(map.path("permissions"))).containsExactlyInAnyOrder("view", "comment", "edit", "spaceAdmin");
    }

    @Test
    void theFullMapHoldsTheDemoContentInOrder() {
        JsonNode map = alice.get("/maps/" + devhost.mapIdOnPage(devhost.demoPageId())).expect(200).json();

        assertThat(map.path("title").asText()).isEqualTo("Achat d'une veste d'hiver en ligne");
        assertThat(map.path("state").asText()).isEqualTo("CURRENT");
        assertThat(map.path("spaceKey").asText()).isEqualTo("DEMO");
        assertThat(map.path("personas").get(0).path("color").asText()).isEqualTo("#0052cc");
        assertThat(texts(map.path("stages"), "position")).containsExactly("0", "1", "2", "3", "4", "5", "6");
        assertThat(map.path("stages").get(0).path("name").asText()).isEqualTo("Prise de conscience");
        assertThat(texts(map.path("lanes"), "type")).containsExactly("ACTIONS", "TOUCHPOINTS", "THOUGHTS",
                "EMOTIONS", "PAIN_POINTS", "OPPORTUNITIES", "BACKSTAGE");
        assertThat(map.path("cards")).hasSize(28);
        assertThat(texts(map.path("emotions"), "score")).containsExactly("-1", "0", "1", "-1", "-2", "2", "1");
        assertThat(Instant.parse(map.path("createdAt").asText())).isBefore(Instant.now());
        assertThat(map.path("createdAt").asText()).endsWith("Z");
    }

    @Test
    void aCardShowsOnlyTheAttributesItHas() {
        JsonNode cards = alice.get("/maps/" + devhost.mapIdOnPage(devhost.demoPageId())).json().path("cards");

        JsonNode pain = find(cards, "Création de compte obligatoire avant le paiement");
        assertThat(pain.path("severity").asText()).isEqualTo("CRITICAL");
        assertThat(pain.path("evidence").asText()).isEqualTo("VALIDATED");
        assertThat(pain.has("channel")).isFalse();
        JsonNode opportunity = find(cards, "Permettre la commande sans compte");
        assertThat(opportunity.path("status").asText()).isEqualTo("OPEN");
        assertThat(opportunity.path("impact").asText()).isEqualTo("HIGH");
        assertThat(find(cards, "Newsletter de la boutique").path("channel").asText()).isEqualTo("EMAIL");
    }

    @Test
    void aCardOwnerComesWithTheOwnersDisplayName() {
        FreshMap map = page.newMap("Owners");
        long laneId = map.addLane("Opportunités", "OPPORTUNITIES");

        JsonNode created = alice.post(map.path() + "/cards", Map.of("stageId", map.firstStageId(), "laneId", laneId,
                "text", "Commande sans compte", "ownerKey", "bob")).expect(201).json();

        assertThat(created.path("ownerName").asText()).isEqualTo("Bob Durand");
        JsonNode read = find(alice.get(map.path()).expect(200).json().path("cards"), "Commande sans compte");
        assertThat(read.path("ownerKey").asText()).isEqualTo("bob");
        assertThat(read.path("ownerName").asText()).isEqualTo("Bob Durand");
    }

    @Test
    void frenchTextWithEmojiRoundTrips() {
        String title = "Parcours « été » 🌞 — café ☕, naïve façon œuvre";
        String text = "Le client s'énerve 😡 puis sourit 😊 : « Ça marche ! » 👩🏽‍💻";
        FreshMap map = page.newMap(title);

        alice.patch(map.cardPath(), Map.of("version", 1, "text", text)).expect(200);
        alice.put(map.path() + "/emotions/" + map.firstStageId(),
                Map.of("curve", "CURRENT", "score", 2, "note", "Très content 🎉")).expect(200);

        JsonNode read = alice.get(map.path()).expect(200).json();
        assertThat(read.path("title").asText()).isEqualTo(title);
        assertThat(read.path("cards").get(0).path("text").asText()).isEqualTo(text);
        assertThat(read.path("emotions").get(0).path("note").asText()).isEqualTo("Très content 🎉");
        assertThat(alice.get("/maps?q=" + URLEncoder.encode("été » 🌞", StandardCharsets.UTF_8))
                .json().path("results").get(0).path("title").asText()).isEqualTo(title);
    }

    @Test
    void errorBodiesNeverCarryAStackTrace() {
        long mapId = devhost.mapIdOnPage(devhost.demoPageId());
        List<ApiResponse> errors = List.of(
                alice.get("/maps/999999"),
                alice.get("/maps/not-a-number"),
                alice.get("/no-such-resource"),
                alice.send("DELETE", "/maps", null, null),
                alice.post("/maps/" + mapId + "/cards", "{\"stageId\": [1, 2]}"),
                alice.post("/maps/" + mapId + "/cards", "{\"stageId\":"),
                alice.post("/maps", "[]"),
                alice.put("/maps/" + mapId + "/stages/order", Map.of("ids", List.of(1, 1))),
                alice.patch("/maps/" + mapId, Map.of("version", 1, "reviewDue", "tomorrow")),
                alice.send("POST", "/maps", "application/xml", "<map/>"),
                alice.get("/maps/" + mapId, "Accept", "text/html"),
                devhost.as("carol").get("/maps/" + mapId),
                devhost.anonymous().get("/maps/" + mapId));
        for (ApiResponse error : errors) {
            assertThat(error.status()).as(error.toString()).isBetween(400, 499);
            assertNoStackTrace(error);
            assertError(error, error.status());
        }
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> texts(JsonNode elements, String field) {
        List<String> values = new ArrayList<>();
        elements.forEach(element -> values.add(element.path(field).asText()));
        return values;
    }

    private static JsonNode find(JsonNode cards, String text) {
        for (JsonNode card : cards) {
            if (card.path("text").asText().equals(text)) {
                return card;
            }
        }
        throw new AssertionError("no card '" + text + "'");
    }
}
