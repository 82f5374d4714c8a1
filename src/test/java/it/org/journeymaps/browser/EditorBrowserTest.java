package it.org.journeymaps.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
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

    private static final EditorPages editor = new EditorPages(devhost);

    private static JsonNode mapFromTemplate(String title) {
        return editor.mapFromTemplate(title);
    }

    private static JsonNode reread(long mapId) {
        return editor.reread(mapId);
    }

    private static Page openEditor(BrowserContext context, long mapId) {
        Page page = editor.openEditor(context, mapId);
        Browser.screenshot(page, "editor-alice-opening");
        return page;
    }

    private static void waitUntilSaved(Page page) {
        EditorPages.waitUntilSaved(page);
    }

    private static long cardId(Locator card) {
        return Long.parseLong(card.getAttribute("data-card-id"));
    }

    @Test
    void aliceAddsAStageDragsACardAndTypesAnEmotionScoreAndFindsThemAfterAReload() throws Exception {
        JsonNode map = mapFromTemplate("Editor: build");
        long mapId = map.get("id").asLong();
        int stages = map.get("stages").size();
        try (BrowserContext context = browser.newContext()) {
            Page page = openEditor(context, mapId);
            Browser.screenshot(page, "editor-alice-opened");
            Browser.assertNoSeriousAccessibilityViolations(page, "#journey-map-editor");

            page.locator(".jm-add-stage").click();
            page.locator("thead th.jm-stage-header").nth(stages).waitFor();
            page.keyboard().type(" — retour");
            page.keyboard().press("Enter");
            waitUntilSaved(page);

            Locator firstCell = page.locator("td.jm-cell:has(.jm-card)").first();
            Locator card = firstCell.locator(".jm-card").first();
            long movedCard = cardId(card);
            String laneId = firstCell.getAttribute("data-lane-id");
            String stageId = firstCell.getAttribute("data-stage-id");
            String targetStage = page.locator("td.jm-cell[data-lane-id='" + laneId + "']").nth(1).getAttribute("data-stage-id");
            assertThat(targetStage).isNotEqualTo(stageId);
            card.locator(".jm-card-grip").dragTo(page.locator("td.jm-cell[data-lane-id='" + laneId + "'][data-stage-id='" + targetStage + "']"));
            waitUntilSaved(page);

            long firstStage = map.get("stages").get(0).get("id").asLong();
            page.locator("#jm-canvas-emotion-" + firstStage).click();
            page.locator(".jm-panel input[name='jm-emotion-" + firstStage + "-score'][value='-2']").check();
            waitUntilSaved(page);
            Browser.screenshot(page, "editor-alice-edited");

            JsonNode moved = null;
            for (JsonNode c : reread(mapId).get("cards")) {
                if (c.get("id").asLong() == movedCard) {
                    moved = c;
                }
            }
            assertThat(moved.get("stageId").asText()).as("stage of the dragged card").isEqualTo(targetStage);
            page.reload();
            page.locator("table.jm-editor-grid").waitFor();
            assertThat(page.locator("thead th.jm-stage-header").count()).isEqualTo(stages + 1);
            assertThat(page.locator("td.jm-cell[data-stage-id='" + targetStage + "'] [data-card-id='" + movedCard + "']").count()).isEqualTo(1);
            assertThat(page.locator("#jm-canvas-emotion-" + firstStage).getAttribute("aria-valuenow")).isEqualTo("-2");

            JsonNode saved = reread(mapId);
            assertThat(saved.get("stages")).hasSize(stages + 1);
            assertThat(saved.get("stages").get(stages).get("name").asText()).endsWith("— retour");
            Browser.screenshot(page, "editor-alice-reloaded");
        }
    }

    @Test
    void aliceCreatesACardWithTheKeyboardAlone() throws Exception {
        JsonNode map = mapFromTemplate("Editor: keyboard");
        long mapId = map.get("id").asLong();
        try (BrowserContext context = browser.newContext()) {
            Page page = openEditor(context, mapId);
            for (int i = 0; i < 300 && !(Boolean) page.evaluate("() => document.activeElement?.matches('td.jm-cell') ?? false"); i++) {
                page.keyboard().press("Tab");
            }
            assertThat((Boolean) page.evaluate("() => document.activeElement.matches('td.jm-cell')")).isTrue();
            page.keyboard().press("ArrowRight");
            page.keyboard().press("ArrowDown");
            String stageId = (String) page.evaluate("() => document.activeElement.dataset.stageId");
            String laneId = (String) page.evaluate("() => document.activeElement.dataset.laneId");
            page.keyboard().press("n");
            page.keyboard().type("Carte saisie au clavier");
            page.keyboard().press("Enter");
            waitUntilSaved(page);
            Browser.screenshot(page, "editor-alice-keyboard-card");
            Browser.assertNoSeriousAccessibilityViolations(page, "#journey-map-editor");

            JsonNode created = null;
            for (JsonNode card : reread(mapId).get("cards")) {
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
        Api alice = devhost.as("alice");
        try (BrowserContext context = browser.newContext()) {
            Page page = openEditor(context, mapId);
            Locator text = EditorPages.cardText(page, cardId);
            text.fill("Ma version");
            alice.patch("/maps/" + mapId + "/cards/" + cardId, Map.of("version", card.get("version").asLong(), "text", "Changé ailleurs")).expect(200);
            text.press("Enter");
            Locator conflict = page.locator(".jm-panel .jm-conflict");
            conflict.waitFor();
            assertThat(conflict.locator(".jm-conflict-theirs").textContent()).isEqualTo("Changé ailleurs");
            assertThat(conflict.locator(".jm-conflict-mine").textContent()).isEqualTo("Ma version");
            assertThat(reread(mapId).get("cards").get(0).get("text").asText()).isEqualTo("Changé ailleurs");
            Browser.screenshot(page, "editor-alice-conflict");

            conflict.locator("button").first().click();
            waitUntilSaved(page);
            JsonNode after = alice.get("/maps/" + mapId).expect(200).json();
            for (JsonNode c : after.get("cards")) {
                if (c.get("id").asLong() == cardId) {
                    assertThat(c.get("text").asText()).isEqualTo("Ma version");
                }
            }
        }
    }
}
