package it.org.journeymaps.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import it.org.journeymaps.browser.pages.EditorCard;
import it.org.journeymaps.browser.pages.EditorPage;
import it.org.journeymaps.support.Api;
import it.org.journeymaps.support.RunningDevHost;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Alice builds a map in the editor page with mouse and keyboard; what she does is saved and survives a reload. */
class EditorBrowserTest {

    @RegisterExtension
    static final RunningDevHost devhost = new RunningDevHost();

    @RegisterExtension
    static final Browser browser = new Browser();

    private final Api alice = devhost.as("alice");

    private static JsonNode mapFromTemplate(String title) {
        return devhost.page(title).as("alice").mapFromTemplate("ecommerce-purchase");
    }

    private static EditorPage openEditor(BrowserContext context, long mapId) {
        EditorPage editor = EditorPage.open(context, devhost, "alice", mapId);
        Browser.screenshot(editor.page(), "editor-alice-opening");
        return editor;
    }

    @Test
    void aliceAddsAStageDragsACardAndTypesAnEmotionScoreAndFindsThemAfterAReload() throws Exception {
        JsonNode map = mapFromTemplate("Editor: build");
        long mapId = map.get("id").asLong();
        int stages = map.get("stages").size();
        try (BrowserContext context = browser.newContext()) {
            EditorPage editor = openEditor(context, mapId);
            Browser.screenshot(editor.page(), "editor-alice-opened");
            Browser.assertNoSeriousAccessibilityViolations(editor.page(), "#journey-map-editor");

            editor.addStage();
            editor.page().keyboard().type(" — retour");
            editor.press("Enter");
            editor.waitUntilSaved();

            Locator firstCell = editor.firstCellWithACard();
            Locator card = EditorPage.cardsIn(firstCell).first();
            long movedCard = EditorPage.cardIdOf(card);
            String laneId = firstCell.getAttribute("data-lane-id");
            String stageId = firstCell.getAttribute("data-stage-id");
            String targetStage = editor.cellsOfLane(laneId).nth(1).getAttribute("data-stage-id");
            assertThat(targetStage).isNotEqualTo(stageId);
            EditorPage.drag(card, editor.cell(targetStage, laneId));
            editor.waitUntilSaved();

            long firstStage = map.get("stages").get(0).get("id").asLong();
            editor.scoreEmotion(firstStage, -2);
            editor.waitUntilSaved();
            Browser.screenshot(editor.page(), "editor-alice-edited");

            JsonNode moved = null;
            for (JsonNode c : alice.map(mapId).get("cards")) {
                if (c.get("id").asLong() == movedCard) {
                    moved = c;
                }
            }
            assertThat(moved.get("stageId").asText()).as("stage of the dragged card").isEqualTo(targetStage);
            editor.reload();
            assertThat(editor.stageHeaders().count()).isEqualTo(stages + 1);
            assertThat(EditorPage.cardIn(editor.cell(targetStage, laneId), movedCard).count()).isEqualTo(1);
            assertThat(editor.emotionPoint(firstStage).getAttribute("aria-valuenow")).isEqualTo("-2");

            JsonNode saved = alice.map(mapId);
            assertThat(saved.get("stages")).hasSize(stages + 1);
            assertThat(saved.get("stages").get(stages).get("name").asText()).endsWith("— retour");
            Browser.screenshot(editor.page(), "editor-alice-reloaded");
        }
    }

    @Test
    void aliceCreatesACardWithTheKeyboardAlone() throws Exception {
        JsonNode map = mapFromTemplate("Editor: keyboard");
        long mapId = map.get("id").asLong();
        try (BrowserContext context = browser.newContext()) {
            EditorPage editor = openEditor(context, mapId);
            assertThat(editor.tabToFirstCell(300)).isTrue();
            editor.press("ArrowRight");
            editor.press("ArrowDown");
            String stageId = editor.focusedStageId();
            String laneId = editor.focusedLaneId();
            editor.press("n");
            editor.page().keyboard().type("Carte saisie au clavier");
            editor.press("Enter");
            editor.waitUntilSaved();
            Browser.screenshot(editor.page(), "editor-alice-keyboard-card");
            Browser.assertNoSeriousAccessibilityViolations(editor.page(), "#journey-map-editor");

            JsonNode created = null;
            for (JsonNode card : alice.map(mapId).get("cards")) {
                if (card.get("text").asText().equals("Carte saisie au clavier")) {
                    created = card;
                }
            }
            assertThat(created).isNotNull();
            assertThat(created.get("stageId").asText()).isEqualTo(stageId);
            assertThat(created.get("laneId").asText()).isEqualTo(laneId);
        }
    }

    @Test
    void aStaleEditShowsBothVersionsAndAliceKeepsHers() {
        JsonNode map = mapFromTemplate("Editor: conflict");
        long mapId = map.get("id").asLong();
        JsonNode card = map.get("cards").get(0);
        long cardId = card.get("id").asLong();
        try (BrowserContext context = browser.newContext()) {
            EditorPage editor = openEditor(context, mapId);
            EditorCard selected = editor.card(cardId).select();
            selected.text().fill("Ma version");
            alice.patch("/maps/" + mapId + "/cards/" + cardId, Map.of("version", card.get("version").asLong(), "text", "Changé ailleurs")).expect(200);
            selected.text().press("Enter");
            selected.waitForConflict();
            assertThat(selected.theirText()).isEqualTo("Changé ailleurs");
            assertThat(selected.myText()).isEqualTo("Ma version");
            assertThat(alice.map(mapId).get("cards").get(0).get("text").asText()).isEqualTo("Changé ailleurs");
            Browser.screenshot(editor.page(), "editor-alice-conflict");

            selected.keepMine();
            editor.waitUntilSaved();
            for (JsonNode c : alice.map(mapId).get("cards")) {
                if (c.get("id").asLong() == cardId) {
                    assertThat(c.get("text").asText()).isEqualTo("Ma version");
                }
            }
        }
    }
}
