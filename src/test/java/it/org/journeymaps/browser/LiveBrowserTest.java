package it.org.journeymaps.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import it.org.journeymaps.support.RunningDevHost;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Alice and the administrator edit the same map in two browsers: each sees the other and the other's edits. */
class LiveBrowserTest {

    /** The promise: an edit shows in the other open editors within two seconds. */
    private static final double LIVE_DELAY_MS = 2_000;

    @RegisterExtension
    static final RunningDevHost devhost = new RunningDevHost();

    @RegisterExtension
    static final Browser browser = new Browser();

    private static JsonNode mapFromTemplate(String pageTitle) {
        long pageId = devhost.createPage("DEMO", pageTitle);
        return devhost.as("alice").post("/maps", Map.of("pageId", pageId, "templateId", "ecommerce-purchase"))
                .expect(201).json();
    }

    private static Page openEditor(BrowserContext context, String user, long mapId) {
        Page page = context.newPage();
        page.navigate(devhost.host().baseUrl() + "/plugins/servlet/journeymaps/editor?mapId=" + mapId);
        page.locator("input[name=os_username]").fill(user);
        page.locator("input[name=os_password]").fill(user);
        page.locator("input[name=os_password]").press("Enter");
        page.locator("table.jm-editor-grid").waitFor();
        return page;
    }

    private static void waitUntilSaved(Page page) {
        page.waitForFunction("() => document.querySelector('.jm-save-summary')?.dataset.state === 'saved'"
                + " && !document.querySelector('.jm-save-saving')");
    }

    private static void waitForValue(Page page, String fieldId, String value, double timeoutMs) {
        page.waitForFunction("([id, value]) => document.getElementById(id)?.value === value",
                new Object[] {fieldId, value}, new Page.WaitForFunctionOptions().setTimeout(timeoutMs));
    }

    @Test
    void anEditShowsInTheOtherEditorWithinTwoSecondsAndEachSeesTheOtherThere() {
        JsonNode map = mapFromTemplate("Live: two editors");
        long mapId = map.get("id").asLong();
        long cardId = map.get("cards").get(0).get("id").asLong();
        String field = "jm-card-" + cardId + "-text";
        try (BrowserContext aliceContext = browser.newContext(); BrowserContext adminContext = browser.newContext()) {
            Page alice = openEditor(aliceContext, "alice", mapId);
            Page admin = openEditor(adminContext, "admin", mapId);

            Locator adminSeen = alice.locator(".jm-presence-user[data-user-key='" + devhost.userKey("admin") + "']");
            adminSeen.waitFor(new Locator.WaitForOptions().setTimeout(5_000));
            assertThat(adminSeen.getAttribute("title")).isEqualTo("Administrator (modifie)");
            admin.locator(".jm-presence-user[data-user-key='" + devhost.userKey("alice") + "']")
                    .waitFor(new Locator.WaitForOptions().setTimeout(5_000));

            Locator text = EditorPages.cardText(alice, cardId);
            EditorPages.cardText(admin, cardId);
            text.fill("Écrit par Alice, vu en direct");
            text.press("Enter");
            waitUntilSaved(alice);
            waitForValue(admin, field, "Écrit par Alice, vu en direct", LIVE_DELAY_MS);
            Browser.screenshot(admin, "live-admin-sees-alice");

            Locator adminText = admin.locator("#" + field);
            adminText.fill("Réponse de l'administrateur");
            adminText.press("Enter");
            waitUntilSaved(admin);
            waitForValue(alice, field, "Réponse de l'administrateur", LIVE_DELAY_MS);
            Browser.screenshot(alice, "live-alice-sees-admin");
        }
    }

    @Test
    void aFieldBeingEditedKeepsTheUsersTextAndItsSaveShowsBothVersions() {
        JsonNode map = mapFromTemplate("Live: same card");
        long mapId = map.get("id").asLong();
        JsonNode card = map.get("cards").get(0);
        try (BrowserContext adminContext = browser.newContext()) {
            Page admin = openEditor(adminContext, "admin", mapId);
            Locator text = EditorPages.cardText(admin, card.get("id").asLong());
            text.click();
            text.fill("Brouillon de l'administrateur");

            devhost.as("alice").patch("/maps/" + mapId + "/cards/" + card.get("id").asLong(),
                    Map.of("version", card.get("version").asLong(), "text", "Changé par Alice")).expect(200);
            admin.waitForTimeout(2_500); // more than a poll: the change has arrived and was held back
            assertThat(text.inputValue()).isEqualTo("Brouillon de l'administrateur");

            text.press("Enter");
            Locator conflict = admin.locator(".jm-panel .jm-conflict");
            conflict.waitFor();
            assertThat(conflict.locator(".jm-conflict-theirs").textContent()).isEqualTo("Changé par Alice");
            assertThat(conflict.locator(".jm-conflict-mine").textContent()).isEqualTo("Brouillon de l'administrateur");
            Browser.screenshot(admin, "live-admin-conflict");
        }
    }
}
