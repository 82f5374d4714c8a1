package it.org.journeymaps.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import it.org.journeymaps.browser.pages.CommentsDrawer;
import it.org.journeymaps.browser.pages.ViewerPage;
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
            ViewerPage viewer = ViewerPage.open(page, devhost, "alice", devhost.demoPageId());
            Locator body = viewer.body();
            double mapWidth = body.boundingBox().width;

            CommentsDrawer drawer = viewer.openComments();
            Locator element = drawer.threadElement();
            assertThat(element.textContent()).startsWith("Carte").contains(farRight.path("text").asText());
            element.click();

            Locator card = viewer.card(farRight.path("id").asLong());
            card.and(drawer.target()).waitFor(); // the drawer marks its element after it renders
            assertThat(card.getAttribute("class")).contains("jm-comment-target");
            assertThat(drawer.target().count()).isOne();
            assertThat(drawer.heading()).startsWith("Commentaires\u00a0: Carte");
            BoundingBox box = card.boundingBox();
            assertThat(box.x).as("the card is in view").isGreaterThanOrEqualTo(0);
            assertThat(box.x + box.width).as("the card is in view").isLessThanOrEqualTo(1440);
            assertThat(box.y).isGreaterThanOrEqualTo(0);
            assertThat(box.y + box.height).isLessThanOrEqualTo(900);
            assertThat(body.boundingBox().width).as("the drawer does not squeeze the map").isEqualTo(mapWidth);
            Browser.assertNoSeriousAccessibilityViolations(page, ".jm-map");
            Browser.screenshot(page, "canvas-comments-open");

            drawer.close();
            assertThat(drawer.isOpen()).isFalse();
            assertThat(drawer.target().count()).isZero();
            assertThat(ViewerPage.hasFocus(viewer.commentsToggle())).isTrue();

            Locator badge = ViewerPage.threadBadge(card, "CARD:" + farRight.path("id").asText());
            badge.focus();
            page.keyboard().press("Enter");
            card.and(drawer.target()).waitFor(); // the drawer marks its element after it renders
            assertThat(card.getAttribute("class")).contains("jm-comment-target");
            drawer.close();
            assertThat(drawer.isOpen()).isFalse();
            assertThat(page.evaluate("() => document.activeElement.dataset.anchor")).isEqualTo("CARD:" + farRight.path("id").asText());
        }
    }
}
