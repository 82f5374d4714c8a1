package it.org.journeymaps.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.options.BoundingBox;
import it.org.journeymaps.browser.pages.EditorPage;
import it.org.journeymaps.support.Api;
import it.org.journeymaps.support.RunningDevHost;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editor's other gestures in Chromium, each checked on the server: reordering stages and lanes with Alt+Arrow
 * keys, undo and redo from the keyboard, moving a card inside its cell, dragging and clearing an emotion point,
 * a stage description, and personas picked from the space library or created inline.
 */
class EditorInteractionsBrowserTest {

    @RegisterExtension
    static final RunningDevHost devhost = new RunningDevHost();

    @RegisterExtension
    static final Browser browser = new Browser();

    private final Api alice = devhost.as("alice");

    /** A map alice makes from the e-commerce template, on a page of its own. */
    private static JsonNode newMap(String pageTitle) {
        return devhost.page(pageTitle).as("alice").mapFromTemplate("ecommerce-purchase");
    }

    private static List<Long> orderedIds(JsonNode elements) {
        List<JsonNode> list = new ArrayList<>();
        elements.forEach(list::add);
        list.sort((a, b) -> Integer.compare(a.get("position").asInt(), b.get("position").asInt()));
        return list.stream().map(e -> e.get("id").asLong()).toList();
    }

    @Test
    void aliceReordersStagesAndLanesFromTheKeyboardThenUndoesAndRedoes() {
        JsonNode map = newMap("Editor: reorder");
        long mapId = map.get("id").asLong();
        List<Long> stages = orderedIds(map.get("stages"));
        List<Long> lanes = orderedIds(map.get("lanes"));
        try (BrowserContext context = browser.newContext()) {
            EditorPage editor = EditorPage.open(context, devhost, "alice", mapId);

            editor.stage(stages.get(0)).focus();
            editor.press("Alt+ArrowRight");
            editor.waitUntilSaved();
            assertThat(orderedIds(alice.map(mapId).get("stages")).subList(0, 2)).containsExactly(stages.get(1), stages.get(0));
            assertThat(editor.announced()).contains("2");

            editor.lane(lanes.get(0)).focus();
            editor.press("Alt+ArrowDown");
            editor.waitUntilSaved();
            assertThat(orderedIds(alice.map(mapId).get("lanes")).subList(0, 2)).containsExactly(lanes.get(1), lanes.get(0));
            Browser.screenshot(editor.page(), "editor-alice-reordered");

            editor.leaveTextField();
            editor.press("Control+z");
            editor.waitForAnnouncement();
            editor.waitUntilSaved();
            assertThat(orderedIds(alice.map(mapId).get("lanes"))).isEqualTo(lanes);
            editor.press("Control+z");
            editor.waitUntilSaved();
            assertThat(orderedIds(alice.map(mapId).get("stages"))).isEqualTo(stages);
            editor.press("Control+Shift+z");
            editor.waitUntilSaved();
            assertThat(orderedIds(alice.map(mapId).get("stages")).subList(0, 2)).containsExactly(stages.get(1), stages.get(0));
        }
    }

    @Test
    void aliceMovesACardInsideItsCellWithAltArrowAndTheMoveIsAnnounced() {
        JsonNode map = newMap("Editor: move in cell");
        long mapId = map.get("id").asLong();
        JsonNode existing = map.get("cards").get(0);
        alice.post("/maps/" + mapId + "/cards", Map.of("stageId", existing.get("stageId").asLong(),
                "laneId", existing.get("laneId").asLong(), "text", "Une deuxième carte")).expect(201);
        try (BrowserContext context = browser.newContext()) {
            EditorPage editor = EditorPage.open(context, devhost, "alice", mapId);
            Locator cell = editor.firstCellWithTwoCards();
            Locator cards = EditorPage.cardsIn(cell);
            long first = EditorPage.cardIdOf(cards.nth(0));
            long second = EditorPage.cardIdOf(cards.nth(1));

            editor.card(first).box().focus();
            editor.press("Alt+ArrowDown");
            editor.waitUntilSaved();

            assertThat(EditorPage.cardIdOf(EditorPage.cardsIn(cell).nth(0))).isEqualTo(second);
            assertThat(editor.announced()).contains("position 2");
            assertThat(editor.focusedId()).isEqualTo("jm-canvas-card-" + first);
            JsonNode saved = alice.map(mapId);
            assertThat(positionOf(saved, first)).isGreaterThan(positionOf(saved, second));
        }
    }

    private static int positionOf(JsonNode map, long cardId) {
        for (JsonNode card : map.get("cards")) {
            if (card.get("id").asLong() == cardId) {
                return card.get("position").asInt();
            }
        }
        throw new AssertionError("no card " + cardId);
    }

    @Test
    void aliceDragsAnEmotionPointToTheTopClearsItAndUndoesTheClear() {
        JsonNode map = newMap("Editor: emotions");
        long mapId = map.get("id").asLong();
        long stage = orderedIds(map.get("stages")).get(1);
        try (BrowserContext context = browser.newContext()) {
            EditorPage editor = EditorPage.open(context, devhost, "alice", mapId);
            Locator bandLocator = editor.emotionBand(stage);
            bandLocator.scrollIntoViewIfNeeded();
            BoundingBox band = bandLocator.boundingBox();
            double x = band.x + band.width / 2;
            Mouse mouse = editor.page().mouse();
            mouse.move(x, band.y + band.height / 2);
            mouse.down();
            mouse.move(x, band.y + band.height * 0.25, new Mouse.MoveOptions().setSteps(5));
            mouse.move(x, band.y + 1, new Mouse.MoveOptions().setSteps(5));
            mouse.up();
            editor.waitUntilSaved();
            assertThat(scoreAt(alice.map(mapId), stage)).isEqualTo("2");
            Locator point = editor.emotionPoint(stage);
            assertThat(point.getAttribute("aria-valuenow")).isEqualTo("2");
            Browser.screenshot(editor.page(), "editor-alice-emotion-dragged");

            point.click();
            editor.clearSelectedEmotion();
            editor.waitUntilSaved();
            assertThat(scoreAt(alice.map(mapId), stage)).isNull();
            assertThat(point.getAttribute("class")).contains("jm-emotion-empty");
            assertThat(editor.announced()).contains("effacé");

            editor.undo();
            editor.waitUntilSaved();
            assertThat(scoreAt(alice.map(mapId), stage)).isEqualTo("2");
        }
    }

    private static String scoreAt(JsonNode map, long stageId) {
        for (JsonNode point : map.get("emotions")) {
            if (point.get("stageId").asLong() == stageId && point.get("curve").asText().equals("CURRENT")
                    && point.path("personaId").isNull()) {
                return point.get("score").asText();
            }
        }
        return null;
    }

    @Test
    void aliceDescribesAStageAndPicksAndCreatesPersonas() {
        JsonNode map = newMap("Editor: personas");
        long mapId = map.get("id").asLong();
        long stage = orderedIds(map.get("stages")).get(0);
        String spaceKey = map.get("spaceKey").asText();
        long libraryPersona = alice.post("/spaces/" + spaceKey + "/personas",
                Map.of("name", "Inès", "role", "Acheteuse pressée")).expect(201).id();
        try (BrowserContext context = browser.newContext()) {
            EditorPage editor = EditorPage.open(context, devhost, "alice", mapId);

            Locator description = editor.selectStageDescription(stage);
            description.fill("Le client prend conscience de son besoin");
            description.press("Enter");
            editor.waitUntilSaved();

            editor.addPersonaFromLibrary(libraryPersona);
            editor.waitUntilSaved();
            editor.createPersona("Hugo");
            editor.waitUntilSaved();
            Browser.screenshot(editor.page(), "editor-alice-personas");

            JsonNode saved = alice.map(mapId);
            assertThat(saved.get("stages").findValues("description").stream().map(JsonNode::asText))
                    .contains("Le client prend conscience de son besoin");
            assertThat(saved.get("personas").findValuesAsText("name")).contains("Inès", "Hugo");
        }
    }
}
