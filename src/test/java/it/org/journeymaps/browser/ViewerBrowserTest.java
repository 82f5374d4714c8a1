package it.org.journeymaps.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import it.org.journeymaps.support.RunningDevHost;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Paths;
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
            Locator table = map.locator("table.jm-grid");

            assertThat(map.locator("table").count()).as("the viewer replaced the static table").isEqualTo(1);
            assertThat(map.locator(".jm-viewer table.jm-grid").count()).isEqualTo(1);
            assertThat(table.locator("thead th[scope=col]").allTextContents()).hasSize(7)
                    .first().asString().contains("Prise de conscience");
            assertThat(table.locator("thead th[scope=col]").first().evaluate("th => getComputedStyle(th).position"))
                    .as("sticky stage headers").isEqualTo("sticky");
            Locator curve = table.locator("svg.jm-curve");
            assertThat(curve.getAttribute("role")).isEqualTo("img");
            assertThat(map.locator("#" + curve.getAttribute("aria-labelledby")).textContent()).contains("Current curve");
            assertThat(table.locator(".jm-channel svg.jm-channel-icon").count()).isPositive();
            assertThat(table.locator("[class*=jm-card-severity-]").count()).isPositive();
            assertThat(map.locator(".jm-edit").count()).as("bob may not edit").isZero();
            Browser.screenshot(page, "viewer-bob");
            assertNoSeriousAccessibilityViolations(page);

            map.locator("select[id$=lane-filter]").selectOption("PAIN_POINTS");
            assertThat(table.locator("tbody th[scope=row] .jm-lane-name").allTextContents())
                    .containsExactly("Points de douleur");
            assertThat(table.locator(".jm-card").count()).isPositive()
                    .isEqualTo(table.locator(".jm-card-pain-points").count());
            Browser.screenshot(page, "viewer-bob-pain-points");

            double width = table.boundingBox().width;
            map.locator(".jm-zoom-in").click();
            map.locator(".jm-viewer-scroll").focus();
            page.keyboard().press("+");
            assertThat(map.locator(".jm-zoom-frame").getAttribute("style")).contains("zoom: 1.25");
            assertThat(map.locator(".jm-zoom-reset").textContent()).isEqualTo("125%");
            assertThat(table.boundingBox().width).isGreaterThan(width * 1.2);
            Browser.screenshot(page, "viewer-bob-zoomed");
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
            assertNoSeriousAccessibilityViolations(page);
            assertThat(errors).isEmpty();
        }
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

    /** axe-core (from the front end's npm packages) over the whole page; serious and critical violations fail. */
    private static void assertNoSeriousAccessibilityViolations(Page page) {
        page.addScriptTag(new Page.AddScriptTagOptions()
                .setPath(Paths.get("frontend", "node_modules", "axe-core", "axe.min.js")));
        Object violations = page.evaluate("""
                async () => (await axe.run(document)).violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map(n => n.target.join(' ')).join(', ')}`)
                """);
        assertThat((List<?>) violations).as("axe-core serious/critical violations").isEmpty();
    }
}
