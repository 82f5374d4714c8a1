package it.org.journeymaps.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import it.org.journeymaps.browser.pages.EditorPage;
import it.org.journeymaps.browser.pages.HistoryDrawer;
import it.org.journeymaps.support.RunningDevHost;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Alice saves a version, changes a card, sees the change highlighted in a comparison, restores, finds her text. */
class HistoryBrowserTest {

    @RegisterExtension
    static final RunningDevHost devhost = new RunningDevHost();

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void aliceSavesAVersionComparesAfterAnEditAndRestoresIt() {
        JsonNode map = devhost.page("History: restore").as("alice").mapFromTemplate("ecommerce-purchase");
        long mapId = map.get("id").asLong();
        long cardId = map.get("cards").get(0).get("id").asLong();
        String original = map.get("cards").get(0).get("text").asText();
        try (BrowserContext context = browser.newContext()) {
            EditorPage editor = EditorPage.open(context, devhost, "alice", mapId);
            Page page = editor.page();

            HistoryDrawer history = editor.openHistory();
            Locator saved = history.saveVersion("Atelier du matin");

            editor.card(cardId).select().typeText("Texte changé après l'atelier");
            editor.waitUntilSaved();

            Locator changed = history.compare(saved);
            assertThat(HistoryDrawer.before(changed)).isEqualTo(original);
            assertThat(HistoryDrawer.after(changed)).isEqualTo("Texte changé après l'atelier");
            Locator onMap = history.onComparedMap(cardId);
            assertThat(onMap.getAttribute("data-diff")).as("the change is drawn on the map").isEqualTo("changed");
            assertThat(onMap.getAttribute("data-diff-label")).as("in words, not colour alone").isEqualTo("Modifié");
            assertThat(history.markedOnComparedMap().count()).isEqualTo(1);
            assertThat(onMap.isVisible()).isTrue();
            Browser.assertNoSeriousAccessibilityViolations(page, ".jm-history-section");
            Browser.screenshot(page, "canvas-history-compare");

            Locator confirmation = history.askToRestore(saved);
            assertThat(confirmation.textContent()).contains("nouvelle révision");
            Browser.screenshot(page, "history-alice-restore-confirm");
            editor = history.confirmRestore(confirmation);
            assertThat(editor.restoredNotice()).as("the restore says what it did")
                    .isEqualTo("Version 1 restaurée\u00a0: aucun élément rétabli, aucun supprimé, un modifié.");

            assertThat(editor.card(cardId).select().text().inputValue()).isEqualTo(original);
            editor.openHistory().firstAutomaticVersion();
            Browser.screenshot(page, "history-alice-restored");
        }
        JsonNode after = devhost.as("alice").get("/maps/" + mapId).expect(200).json();
        assertThat(after.get("cards").get(0).get("text").asText()).isEqualTo(original);
        assertThat(devhost.as("alice").get("/maps/" + mapId + "/versions").json().get("total").asInt())
                .as("the named version and the one the restore kept").isEqualTo(2);
    }
}
