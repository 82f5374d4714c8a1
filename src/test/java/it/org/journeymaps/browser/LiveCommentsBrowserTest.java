package it.org.journeymaps.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
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

    private final EditorPages editorPages = new EditorPages(devhost);

    /** The page holding the map, as bob sees it, once the viewer is ready. */
    private static Locator openViewerAsBob(Page page, long pageId) {
        page.navigate(devhost.host().baseUrl() + "/pages/viewpage.action?pageId=" + pageId);
        Browser.signInIfAsked(page, "bob");
        Locator map = page.locator(".jm-map[data-viewer=ready]");
        map.waitFor(new Locator.WaitForOptions().setTimeout(15_000));
        return map;
    }

    private static String macro(long mapId) {
        return "<ac:structured-macro ac:name=\"journey-map\" ac:schema-version=\"1\"><ac:parameter ac:name=\"mapId\">"
                + mapId + "</ac:parameter></ac:structured-macro>";
    }

    @Test
    void bobsCommentShowsInAlicesEditor_andAlicesEditShowsInBobsViewer() {
        JsonNode map = editorPages.mapFromTemplate("Live: alice edits, bob comments");
        long mapId = map.get("id").asLong();
        long pageId = map.get("pageId").asLong();
        devhost.host().directory().updateBody(pageId, "<p>Our journey</p>" + macro(mapId));
        long cardId = map.get("cards").get(0).get("id").asLong();
        String cardSelector = "[data-card-id='" + cardId + "']";

        try (BrowserContext aliceContext = browser.newContext(); BrowserContext bobContext = browser.newContext()) {
            Page alice = editorPages.openEditor(aliceContext, mapId);
            Page bob = bobContext.newPage();
            Locator bobsMap = openViewerAsBob(bob, pageId);
            Locator alicesBadge = alice.locator(".jm-editor-grid " + cardSelector + " .jm-thread-open");
            assertThat(alicesBadge.count()).isZero();

            Locator bobsCard = bobsMap.locator(".jm-card" + cardSelector);
            bobsCard.hover();
            bobsCard.locator(".jm-comment-action").click();
            Locator panel = bobsMap.locator(".jm-comments-panel");
            panel.locator(".jm-comment-new textarea").fill("Can we make this step shorter?");
            panel.locator(".jm-comment-post").click();
            panel.locator(".jm-comment").first().waitFor();

            alicesBadge.waitFor(new Locator.WaitForOptions().setTimeout(EDITOR_LIVE_DELAY_MS));
            assertThat(alicesBadge.textContent()).isEqualTo("1");
            Browser.screenshot(alice, "live-comments-alice-sees-bobs-comment");

            Locator text = EditorPages.cardText(alice, cardId);
            text.fill("Shorter step, as Bob asked");
            text.press("Enter");
            EditorPages.waitUntilSaved(alice);
            bob.bringToFront();
            bob.evaluate("() => window.dispatchEvent(new Event('focus'))");
            bob.waitForFunction("([selector, text]) => document.querySelector(selector)?.textContent === text",
                    new Object[] {".jm-map .jm-card" + cardSelector + " .jm-card-text", "Shorter step, as Bob asked"},
                    new Page.WaitForFunctionOptions().setTimeout(VIEWER_LIVE_DELAY_MS));
            assertThat(bobsCard.locator(".jm-thread-open").textContent()).isEqualTo("1");
            Browser.screenshot(bob, "live-comments-bob-sees-alices-edit");
        }
    }
}
