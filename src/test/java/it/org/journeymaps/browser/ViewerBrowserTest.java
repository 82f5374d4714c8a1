package it.org.journeymaps.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import it.org.journeymaps.browser.pages.ViewerPage;
import it.org.journeymaps.support.RunningDevHost;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The interactive viewer on the demo page in Chromium: it replaces the static table, filters, zooms, offers
 * the editor to editors only, passes axe-core without serious or critical violations and logs no error.
 */
class ViewerBrowserTest {

    @RegisterExtension
    static final RunningDevHost devhost = new RunningDevHost();

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void bobReadsTheInteractiveMapFiltersItToPainPointsAndZoomsWithoutAnEditButton() {
        try (BrowserContext context = browser.newContext()) {
            ViewerPage viewer = ViewerPage.open(context, devhost, "bob", devhost.demoPageId());
            Page page = viewer.page();

            assertThat(viewer.staticTables().count()).as("the viewer replaced the static table").isZero();
            assertThat(viewer.grid().count()).isEqualTo(1);
            Locator stages = viewer.stages();
            assertThat(viewer.stageNames()).hasSize(7).first().asString().contains("Prise de conscience");
            assertThat(stages.first().evaluate("th => getComputedStyle(th).position"))
                    .as("sticky stage headers").isEqualTo("sticky");
            assertThat(viewer.curveDescription()).contains("Current curve");
            assertThat(viewer.touchpointIcons().count()).isPositive();
            assertThat(viewer.severities().count()).isPositive();
            assertThat(viewer.editButton().count()).as("bob may not edit").isZero();
            Browser.screenshot(page, "viewer-bob");
            Browser.assertNoSeriousAccessibilityViolations(page, "html");

            viewer.showOnlyLanes("PAIN_POINTS");
            assertThat(viewer.laneNames()).containsExactly("Points de douleur");
            assertThat(viewer.cards().count()).isPositive().isEqualTo(viewer.painPoints().count());
            Browser.screenshot(page, "viewer-bob-pain-points");

            double width = viewer.grid().boundingBox().width;
            viewer.zoomInButton().click();
            stages.first().focus();
            page.keyboard().press("+");
            assertThat(viewer.zoomStyle()).contains("zoom: 1.25");
            assertThat(viewer.zoomLabel()).isEqualTo("125%");
            Browser.screenshot(page, "viewer-bob-zoomed");
            page.keyboard().press("+");
            assertThat(viewer.zoomLabel()).isEqualTo("150%");
            assertThat(viewer.grid().boundingBox().width).as("at 150 %% stages would be too narrow: it scrolls sideways")
                    .isGreaterThan(width);
            assertThat(viewer.scrollsSideways()).isTrue();
            page.keyboard().press("0");
            assertThat(viewer.zoomStyle()).contains("zoom: 1");

            assertThat(viewer.errors()).isEmpty();
        }
    }

    @Test
    void aliceAnEditorSeesTheEditButtonInFrench() {
        try (BrowserContext context = browser.newContext()) {
            ViewerPage viewer = ViewerPage.open(context, devhost, "alice", devhost.demoPageId());

            Locator edit = viewer.editButton();
            assertThat(edit.textContent()).isEqualTo("Modifier");
            assertThat(edit.getAttribute("href")).isEqualTo("/plugins/servlet/journeymaps/editor?mapId=" + viewer.mapId());
            assertThat(viewer.laneFilterLabel()).isEqualTo("Couloirs");
            assertThat(viewer.zoomInButton().getAttribute("aria-label")).isEqualTo("Agrandir");
            Browser.screenshot(viewer.page(), "viewer-alice");
            Browser.assertNoSeriousAccessibilityViolations(viewer.page(), "html");
            assertThat(viewer.errors()).isEmpty();
        }
    }
}
