package it.org.journeymaps.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import it.org.journeymaps.support.RunningDevHost;
import java.util.Map;
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
        long pageId = devhost.createPage("DEMO", "History: restore");
        JsonNode map = devhost.as("alice").post("/maps", Map.of("pageId", pageId, "templateId", "ecommerce-purchase"))
                .expect(201).json();
        long mapId = map.get("id").asLong();
        long cardId = map.get("cards").get(0).get("id").asLong();
        String original = map.get("cards").get(0).get("text").asText();
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(devhost.host().baseUrl() + "/plugins/servlet/journeymaps/editor?mapId=" + mapId);
            page.locator("input[name=os_username]").fill("alice");
            page.locator("input[name=os_password]").fill("alice");
            page.locator("input[name=os_password]").press("Enter");
            page.locator("table.jm-editor-grid").waitFor();

            page.locator(".jm-history-button").click();
            page.locator("#jm-version-label").fill("Atelier du matin");
            page.locator(".jm-history-save button[type=submit]").click();
            Locator saved = page.locator("li.jm-version:has-text('Atelier du matin')");
            saved.waitFor();

            Locator text = EditorPages.cardText(page, cardId);
            text.fill("Texte changé après l'atelier");
            text.press("Enter");
            page.waitForFunction("() => document.querySelector('.jm-save-summary')?.dataset.state === 'saved'");

            saved.locator("button[data-action=compare]").click();
            Locator changed = page.locator(".jm-history-compare li.jm-diff-changed");
            changed.waitFor();
            assertThat(changed.locator("del").first().textContent()).isEqualTo(original);
            assertThat(changed.locator("ins").first().textContent()).isEqualTo("Texte changé après l'atelier");
            Locator onMap = page.locator(".jm-history-stage .jm-history-map [data-card-id='" + cardId + "']");
            assertThat(onMap.getAttribute("data-diff")).as("the change is drawn on the map").isEqualTo("changed");
            assertThat(onMap.getAttribute("data-diff-label")).as("in words, not colour alone").isEqualTo("Modifié");
            assertThat(page.locator(".jm-history-map [data-diff]").count()).isEqualTo(1);
            assertThat(onMap.isVisible()).isTrue();
            Browser.assertNoSeriousAccessibilityViolations(page, ".jm-history-section");
            Browser.screenshot(page, "canvas-history-compare");

            saved.locator("button[data-action=restore]").click();
            Locator confirmation = saved.locator("[role=alertdialog]");
            assertThat(confirmation.textContent()).contains("nouvelle révision");
            Browser.screenshot(page, "history-alice-restore-confirm");
            page.waitForNavigation(() -> confirmation.locator(".aui-button-primary").click());
            page.locator("table.jm-editor-grid").waitFor();
            assertThat(page.locator(".jm-history-restored").textContent()).as("the restore says what it did")
                    .isEqualTo("Version 1 restaurée\u00a0: aucun élément rétabli, aucun supprimé, un modifié.");

            assertThat(EditorPages.cardText(page, cardId).inputValue()).isEqualTo(original);
            page.locator(".jm-history-button").click();
            page.locator("li.jm-version-automatic").first().waitFor();
            Browser.screenshot(page, "history-alice-restored");
        }
        JsonNode after = devhost.as("alice").get("/maps/" + mapId).expect(200).json();
        assertThat(after.get("cards").get(0).get("text").asText()).isEqualTo(original);
        assertThat(devhost.as("alice").get("/maps/" + mapId + "/versions").json().get("total").asInt())
                .as("the named version and the one the restore kept").isEqualTo(2);
    }
}
