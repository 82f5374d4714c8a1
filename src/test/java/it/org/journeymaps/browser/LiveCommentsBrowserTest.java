package it.org.journeymaps.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import it.org.journeymaps.browser.pages.EditorPage;
import it.org.journeymaps.browser.pages.ViewerPage;
import it.org.journeymaps.support.RunningDevHost;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Alice edits a map while Bob, who may comment but not edit, reads its page: Bob's comment shows on the card in
 * Alice's editor within the live delay, and Alice's edit shows in Bob's viewer when it next polls.
 */
class LiveCommentsBrowserTest {

    /** The editor polls every second; a comment must show within a few polls. */
    private static final double EDITOR_LIVE_DELAY_MS = 3_000;
    /** The viewer polls every 10 s, and at once when its tab gets focus. */
    private static final double VIEWER_LIVE_DELAY_MS = 12_000;

    @RegisterExtension
    static final RunningDevHost devhost = new RunningDevHost();

    @RegisterExtension
    static final Browser browser = new Browser();

    private static String macro(long mapId) {
        return "<ac:structured-macro ac:name=\"journey-map\" ac:schema-version=\"1\"><ac:parameter ac:name=\"mapId\">"
                + mapId + "</ac:parameter></ac:structured-macro>";
    }

    @Test
    void bobsCommentShowsInAlicesEditor_andAlicesEditShowsInBobsViewer() {
        JsonNode map = devhost.page("Live: alice edits, bob comments").as("alice").mapFromTemplate("ecommerce-purchase");
        long mapId = map.get("id").asLong();
        long pageId = map.get("pageId").asLong();
        devhost.host().directory().updateBody(pageId, "<p>Our journey</p>" + macro(mapId));
        long cardId = map.get("cards").get(0).get("id").asLong();

        try (BrowserContext aliceContext = browser.newContext(); BrowserContext bobContext = browser.newContext()) {
            EditorPage alice = EditorPage.open(aliceContext, devhost, "alice", mapId);
            ViewerPage bob = ViewerPage.open(bobContext, devhost, "bob", pageId);
            Locator alicesBadge = alice.card(cardId).commentBadge();
            assertThat(alicesBadge.count()).isZero();

            bob.commentOn(cardId).post("Can we make this step shorter?");

            alicesBadge.waitFor(new Locator.WaitForOptions().setTimeout(EDITOR_LIVE_DELAY_MS));
            assertThat(alicesBadge.textContent()).isEqualTo("1");
            Browser.screenshot(alice.page(), "live-comments-alice-sees-bobs-comment");

            alice.card(cardId).select().typeText("Shorter step, as Bob asked");
            alice.waitUntilSaved();
            bob.returnToTab();
            bob.waitForCardText(cardId, "Shorter step, as Bob asked", VIEWER_LIVE_DELAY_MS);
            assertThat(bob.commentBadge(cardId).textContent()).isEqualTo("1");
            Browser.screenshot(bob.page(), "live-comments-bob-sees-alices-edit");
        }
    }
}
