package it.org.journeymaps.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import it.org.journeymaps.browser.pages.EditorCard;
import it.org.journeymaps.browser.pages.EditorPage;
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
        return devhost.page(pageTitle).as("alice").mapFromTemplate("ecommerce-purchase");
    }

    @Test
    void anEditShowsInTheOtherEditorWithinTwoSecondsAndEachSeesTheOtherThere() {
        JsonNode map = mapFromTemplate("Live: two editors");
        long mapId = map.get("id").asLong();
        long cardId = map.get("cards").get(0).get("id").asLong();
        try (BrowserContext aliceContext = browser.newContext(); BrowserContext adminContext = browser.newContext()) {
            EditorPage alice = EditorPage.open(aliceContext, devhost, "alice", mapId);
            EditorPage admin = EditorPage.open(adminContext, devhost, "admin", mapId);

            Locator adminSeen = alice.presenceOf(devhost.userKey("admin"));
            adminSeen.waitFor(new Locator.WaitForOptions().setTimeout(5_000));
            assertThat(adminSeen.getAttribute("title")).isEqualTo("Administrator (modifie)");
            admin.presenceOf(devhost.userKey("alice")).waitFor(new Locator.WaitForOptions().setTimeout(5_000));

            EditorCard alicesCard = alice.card(cardId).select();
            EditorCard adminsCard = admin.card(cardId).select();
            alicesCard.typeText("Écrit par Alice, vu en direct");
            alice.waitUntilSaved();
            adminsCard.waitForText("Écrit par Alice, vu en direct", LIVE_DELAY_MS);
            Browser.screenshot(admin.page(), "live-admin-sees-alice");

            adminsCard.typeText("Réponse de l'administrateur");
            admin.waitUntilSaved();
            alicesCard.waitForText("Réponse de l'administrateur", LIVE_DELAY_MS);
            Browser.screenshot(alice.page(), "live-alice-sees-admin");
        }
    }

    @Test
    void aFieldBeingEditedKeepsTheUsersTextAndItsSaveShowsBothVersions() {
        JsonNode map = mapFromTemplate("Live: same card");
        long mapId = map.get("id").asLong();
        JsonNode card = map.get("cards").get(0);
        try (BrowserContext adminContext = browser.newContext()) {
            EditorPage admin = EditorPage.open(adminContext, devhost, "admin", mapId);
            EditorCard selected = admin.card(card.get("id").asLong()).select();
            Locator text = selected.text();
            text.click();
            text.fill("Brouillon de l'administrateur");

            devhost.as("alice").patch("/maps/" + mapId + "/cards/" + card.get("id").asLong(),
                    Map.of("version", card.get("version").asLong(), "text", "Changé par Alice")).expect(200);
            admin.page().waitForTimeout(2_500); // more than a poll: the change has arrived and was held back
            assertThat(text.inputValue()).isEqualTo("Brouillon de l'administrateur");

            text.press("Enter");
            selected.waitForConflict();
            assertThat(selected.theirText()).isEqualTo("Changé par Alice");
            assertThat(selected.myText()).isEqualTo("Brouillon de l'administrateur");
            Browser.screenshot(admin.page(), "live-admin-conflict");
        }
    }
}
