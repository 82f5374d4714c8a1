package it.org.journeymaps.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import it.org.journeymaps.support.RunningDevHost;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Comments keep the map in view: Alice opens a thread on a card at the far right of a wide map from the map-wide
 * thread list, which names the card; the card is marked and scrolled into view beside the drawer, the map keeps
 * its width, and Escape closes the drawer and gives the focus back.
 */
class CommentsContextBrowserTest {

    @RegisterExtension
    static final RunningDevHost devhost = new RunningDevHost();

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void aThreadMarksItsElementOnTheMap_inView_andEscapeCloses() {
        long mapId = devhost.mapIdOnPage(devhost.demoPageId());
        JsonNode cards = devhost.as("alice").get("/maps/" + mapId).expect(200).json().path("cards");
        JsonNode farRight = cards.get(cards.size() - 1);
        devhost.as("alice").post("/maps/" + mapId + "/comments",
                Map.of("anchorType", "CARD", "anchorId", farRight.path("id").asLong(), "body", "Trop loin à droite ?"))
                .expect(201);
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.setViewportSize(1440, 900);
            page.navigate(devhost.host().baseUrl() + "/pages/viewpage.action?pageId=" + devhost.demoPageId());
            Browser.signInIfAsked(page, "alice");
            Locator map = page.locator(".jm-map[data-viewer=ready]");
            map.waitFor(new Locator.WaitForOptions().setTimeout(15_000));
            Locator body = map.locator(".jm-viewer-body");
            double mapWidth = body.boundingBox().width;

            Locator toggle = map.locator(".jm-comments-toggle");
            toggle.click();
            Locator panel = map.locator(".jm-comments-panel");
            Locator element = panel.locator(".jm-thread-element button");
            assertThat(element.textContent()).startsWith("Carte").contains(farRight.path("text").asText());
            element.click();

            Locator card = map.locator("[data-card-id='" + farRight.path("id").asText() + "']");
            card.and(map.locator(".jm-comment-target")).waitFor(); // the drawer marks its element after it renders
            assertThat(card.getAttribute("class")).contains("jm-comment-target");
            assertThat(map.locator(".jm-comment-target").count()).isOne();
            assertThat(panel.locator("h2").textContent()).startsWith("Commentaires\u00a0: Carte");
            BoundingBox box = card.boundingBox();
            assertThat(box.x).as("the card is in view").isGreaterThanOrEqualTo(0);
            assertThat(box.x + box.width).as("the card is in view").isLessThanOrEqualTo(1440);
            assertThat(box.y).isGreaterThanOrEqualTo(0);
            assertThat(box.y + box.height).isLessThanOrEqualTo(900);
            assertThat(body.boundingBox().width).as("the drawer does not squeeze the map").isEqualTo(mapWidth);
            Browser.assertNoSeriousAccessibilityViolations(page, ".jm-map");
            Browser.screenshot(page, "canvas-comments-open");

            page.keyboard().press("Escape");
            assertThat(panel.count()).isZero();
            assertThat(map.locator(".jm-comment-target").count()).isZero();
            assertThat(page.evaluate("() => document.activeElement.classList.contains('jm-comments-toggle')")).isEqualTo(true);

            Locator badge = card.locator("[data-anchor='CARD:" + farRight.path("id").asText() + "']");
            badge.focus();
            page.keyboard().press("Enter");
            card.and(map.locator(".jm-comment-target")).waitFor(); // the drawer marks its element after it renders
            assertThat(card.getAttribute("class")).contains("jm-comment-target");
            page.keyboard().press("Escape");
            assertThat(panel.count()).isZero();
            assertThat(page.evaluate("() => document.activeElement.dataset.anchor")).isEqualTo("CARD:" + farRight.path("id").asText());
        }
    }
}
