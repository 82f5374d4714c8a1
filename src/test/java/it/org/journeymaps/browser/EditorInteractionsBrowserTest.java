package it.org.journeymaps.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
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

    private static final EditorPages editor = new EditorPages(devhost);

    private static List<Long> orderedIds(JsonNode elements) {
        List<JsonNode> list = new ArrayList<>();
        elements.forEach(list::add);
        list.sort((a, b) -> Integer.compare(a.get("position").asInt(), b.get("position").asInt()));
        return list.stream().map(e -> e.get("id").asLong()).toList();
    }

    private static String announced(Page page) {
        return page.locator(".jm-live").textContent();
    }

    /** Leaves text fields, so Ctrl+Z means the editor's undo rather than the field's. */
    private static void leaveTextField(Page page) {
        page.evaluate("() => document.activeElement?.blur()");
    }

    @Test
    void aliceReordersStagesAndLanesFromTheKeyboardThenUndoesAndRedoes() {
        JsonNode map = editor.mapFromTemplate("Editor: reorder");
        long mapId = map.get("id").asLong();
        List<Long> stages = orderedIds(map.get("stages"));
        List<Long> lanes = orderedIds(map.get("lanes"));
        try (BrowserContext context = browser.newContext()) {
            Page page = editor.openEditor(context, mapId);

            page.locator("#jm-canvas-stage-" + stages.get(0)).focus();
            page.keyboard().press("Alt+ArrowRight");
            EditorPages.waitUntilSaved(page);
            assertThat(orderedIds(editor.reread(mapId).get("stages")).subList(0, 2)).containsExactly(stages.get(1), stages.get(0));
            assertThat(announced(page)).contains("2");

            page.locator("#jm-canvas-lane-" + lanes.get(0)).focus();
            page.keyboard().press("Alt+ArrowDown");
            EditorPages.waitUntilSaved(page);
            assertThat(orderedIds(editor.reread(mapId).get("lanes")).subList(0, 2)).containsExactly(lanes.get(1), lanes.get(0));
            Browser.screenshot(page, "editor-alice-reordered");

            leaveTextField(page);
            page.keyboard().press("Control+z");
            page.waitForFunction("() => document.querySelector('.jm-live').textContent.length > 0"
                    + " && !document.querySelector('.jm-save-saving')");
            EditorPages.waitUntilSaved(page);
            assertThat(orderedIds(editor.reread(mapId).get("lanes"))).isEqualTo(lanes);
            page.keyboard().press("Control+z");
            EditorPages.waitUntilSaved(page);
            assertThat(orderedIds(editor.reread(mapId).get("stages"))).isEqualTo(stages);
            page.keyboard().press("Control+Shift+z");
            EditorPages.waitUntilSaved(page);
            assertThat(orderedIds(editor.reread(mapId).get("stages")).subList(0, 2)).containsExactly(stages.get(1), stages.get(0));
        }
    }

    @Test
    void aliceMovesACardInsideItsCellWithAltArrowAndTheMoveIsAnnounced() {
        JsonNode map = editor.mapFromTemplate("Editor: move in cell");
        long mapId = map.get("id").asLong();
        JsonNode existing = map.get("cards").get(0);
        devhost.as("alice").post("/maps/" + mapId + "/cards", Map.of("stageId", existing.get("stageId").asLong(),
                "laneId", existing.get("laneId").asLong(), "text", "Une deuxième carte")).expect(201);
        try (BrowserContext context = browser.newContext()) {
            Page page = editor.openEditor(context, mapId);
            String cellSelector = (String) page.evaluate("() => { const td = [...document.querySelectorAll('td.jm-cell')]"
                    + ".find(c => c.querySelectorAll('.jm-card').length >= 2);"
                    + " return `td.jm-cell[data-stage-id='${td.dataset.stageId}'][data-lane-id='${td.dataset.laneId}']`; }");
            Locator cell = page.locator(cellSelector);
            Locator cards = cell.locator(".jm-card");
            long first = Long.parseLong(cards.nth(0).getAttribute("data-card-id"));
            long second = Long.parseLong(cards.nth(1).getAttribute("data-card-id"));

            page.locator("#jm-canvas-card-" + first).focus();
            page.keyboard().press("Alt+ArrowDown");
            EditorPages.waitUntilSaved(page);

            assertThat(cell.locator(".jm-card").nth(0).getAttribute("data-card-id")).isEqualTo(String.valueOf(second));
            assertThat(announced(page)).contains("position 2");
            assertThat((String) page.evaluate("() => document.activeElement.id")).isEqualTo("jm-canvas-card-" + first);
            JsonNode saved = editor.reread(mapId);
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
        JsonNode map = editor.mapFromTemplate("Editor: emotions");
        long mapId = map.get("id").asLong();
        long stage = orderedIds(map.get("stages")).get(1);
        try (BrowserContext context = browser.newContext()) {
            Page page = editor.openEditor(context, mapId);
            Locator bandLocator = page.locator(".jm-emotion-cell[data-stage-id='" + stage + "'] .jm-emotion-band");
            bandLocator.scrollIntoViewIfNeeded();
            BoundingBox band = bandLocator.boundingBox();
            double x = band.x + band.width / 2;
            page.mouse().move(x, band.y + band.height / 2);
            page.mouse().down();
            page.mouse().move(x, band.y + band.height * 0.25, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
            page.mouse().move(x, band.y + 1, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
            page.mouse().up();
            EditorPages.waitUntilSaved(page);
            assertThat(scoreAt(editor.reread(mapId), stage)).isEqualTo("2");
            Locator point = page.locator("#jm-canvas-emotion-" + stage);
            assertThat(point.getAttribute("aria-valuenow")).isEqualTo("2");
            Browser.screenshot(page, "editor-alice-emotion-dragged");

            point.click();
            page.locator(".jm-panel .jm-panel-actions button").click();
            EditorPages.waitUntilSaved(page);
            assertThat(scoreAt(editor.reread(mapId), stage)).isNull();
            assertThat(point.getAttribute("class")).contains("jm-emotion-empty");
            assertThat(announced(page)).contains("effacé");

            page.locator(".jm-editor-header button:has(.aui-iconfont-undo)").click();
            EditorPages.waitUntilSaved(page);
            assertThat(scoreAt(editor.reread(mapId), stage)).isEqualTo("2");
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
        JsonNode map = editor.mapFromTemplate("Editor: personas");
        long mapId = map.get("id").asLong();
        long stage = orderedIds(map.get("stages")).get(0);
        String spaceKey = map.get("spaceKey").asText();
        long libraryPersona = devhost.as("alice").post("/spaces/" + spaceKey + "/personas",
                Map.of("name", "Inès", "role", "Acheteuse pressée")).expect(201).id();
        try (BrowserContext context = browser.newContext()) {
            Page page = editor.openEditor(context, mapId);

            page.locator("#jm-canvas-stage-" + stage).click();
            Locator description = page.locator(".jm-panel #jm-stage-" + stage + "-description");
            description.fill("Le client prend conscience de son besoin");
            description.press("Enter");
            EditorPages.waitUntilSaved(page);

            page.locator(".jm-personas-button").click();
            page.locator(".jm-personas select").selectOption(String.valueOf(libraryPersona));
            EditorPages.waitUntilSaved(page);
            page.locator(".jm-personas button.aui-button-link").click();
            page.keyboard().type("Hugo");
            page.keyboard().press("Enter");
            page.locator(".jm-persona:has-text('Hugo')").waitFor();
            EditorPages.waitUntilSaved(page);
            Browser.screenshot(page, "editor-alice-personas");

            JsonNode saved = editor.reread(mapId);
            assertThat(saved.get("stages").findValues("description").stream().map(JsonNode::asText))
                    .contains("Le client prend conscience de son besoin");
            assertThat(saved.get("personas").findValuesAsText("name")).contains("Inès", "Hugo");
        }
    }
}
