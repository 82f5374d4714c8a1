package it.org.journeymaps.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import it.org.journeymaps.support.RunningDevHost;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;

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
            Page page = context.newPage();
            List<String> errors = consoleErrors(page);
            Locator map = openDemoPage(page, "bob", errors);
            Locator grid = map.locator("[role=grid]");

            assertThat(map.locator("table.jm-grid").count()).as("the viewer replaced the static table").isZero();
            assertThat(grid.count()).isEqualTo(1);
            Locator stages = grid.locator("[role=columnheader][data-stage-id]");
            assertThat(stages.allTextContents()).hasSize(7).first().asString().contains("Prise de conscience");
            assertThat(stages.first().evaluate("th => getComputedStyle(th).position"))
                    .as("sticky stage headers").isEqualTo("sticky");
            Locator curve = grid.locator(".jm-curve-cell");
            assertThat(map.locator("#" + curve.getAttribute("aria-describedby")).textContent()).contains("Current curve");
            assertThat(grid.locator(".jm-card-touchpoints .jm-card-kind svg.jm-icon").count()).isPositive();
            assertThat(grid.locator(".jm-card-pain-points .jm-severity").count()).isPositive();
            assertThat(map.locator(".jm-edit").count()).as("bob may not edit").isZero();
            Browser.screenshot(page, "viewer-bob");
            Browser.assertNoSeriousAccessibilityViolations(page, "html");

            map.locator("select[id$=lane-filter]").selectOption("PAIN_POINTS");
            assertThat(laneNames(grid)).containsExactly("Points de douleur");
            assertThat(grid.locator(".jm-card").count()).isPositive()
                    .isEqualTo(grid.locator(".jm-card-pain-points").count());
            Browser.screenshot(page, "viewer-bob-pain-points");

            double width = grid.boundingBox().width;
            map.locator(".jm-zoom-in").click();
            stages.first().focus();
            page.keyboard().press("+");
            assertThat(map.locator(".jm-zoom-frame").getAttribute("style")).contains("zoom: 1.25");
            assertThat(map.locator(".jm-zoom-reset").textContent()).isEqualTo("125%");
            Browser.screenshot(page, "viewer-bob-zoomed");
            page.keyboard().press("+");
            assertThat(map.locator(".jm-zoom-reset").textContent()).isEqualTo("150%");
            assertThat(grid.boundingBox().width).as("at 150 %% stages would be too narrow: it scrolls sideways")
                    .isGreaterThan(width);
            assertThat(map.locator(".jm-canvas-scroll").count()).isEqualTo(1);
            page.keyboard().press("0");
            assertThat(map.locator(".jm-zoom-frame").getAttribute("style")).contains("zoom: 1");

            assertThat(errors).isEmpty();
        }
    }

    @Test
    void aliceAnEditorSeesTheEditButtonInFrench() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            List<String> errors = consoleErrors(page);
            Locator map = openDemoPage(page, "alice", errors);

            Locator edit = map.locator("a.jm-edit");
            assertThat(edit.textContent()).isEqualTo("Modifier");
            long mapId = Long.parseLong(map.getAttribute("data-journey-map-id"));
            assertThat(edit.getAttribute("href")).isEqualTo("/plugins/servlet/journeymaps/editor?mapId=" + mapId);
            assertThat(map.locator("label[for$=lane-filter] > span").textContent()).isEqualTo("Couloirs");
            assertThat(map.locator(".jm-zoom-in").getAttribute("aria-label")).isEqualTo("Agrandir");
            Browser.screenshot(page, "viewer-alice");
            Browser.assertNoSeriousAccessibilityViolations(page, "html");
            assertThat(errors).isEmpty();
        }
    }

    /** The lanes' names as shown (without the type that only screen readers hear). */
    static List<String> laneNames(Locator grid) {
        @SuppressWarnings("unchecked")
        List<String> names = (List<String>) grid.locator("[role=rowheader] .jm-lane-name")
                .evaluateAll("names => names.map(n => n.firstChild.textContent)");
        return names;
    }

    /** Signs in through the form, opens the first demo page and waits for the viewer to be in place. */
    private static Locator openDemoPage(Page page, String user, List<String> errors) {
        page.navigate(devhost.host().baseUrl() + "/pages/viewpage.action?pageId=" + devhost.demoPageId());
        page.locator("input[name=os_username]").fill(user);
        page.locator("input[name=os_password]").fill(user);
        page.locator("input[name=os_password]").press("Enter");
        Locator map = page.locator(".jm-map[data-viewer]");
        map.waitFor(new Locator.WaitForOptions().setTimeout(15_000));
        assertThat(map.getAttribute("data-viewer")).as("viewer state; console: %s", errors).isEqualTo("ready");
        return map;
    }

    private static List<String> consoleErrors(Page page) {
        List<String> errors = new ArrayList<>();
        page.onConsoleMessage(message -> {
            if (message.type().equals("error")) {
                errors.add(message.text());
            }
        });
        page.onPageError(errors::add);
        return errors;
    }
}
