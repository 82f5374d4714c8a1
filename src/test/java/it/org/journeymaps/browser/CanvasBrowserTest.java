package it.org.journeymaps.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import it.org.journeymaps.support.RunningDevHost;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The map as a designed canvas at 1440 × 900: every stage fits the page with no scroll box of its own, the
 * keyboard walks the grid, presentation mode goes stage by stage, and the light, dark and presentation looks
 * pass axe-core (screenshots canvas-viewer-light, canvas-viewer-dark, canvas-present).
 */
class CanvasBrowserTest {

    @RegisterExtension
    static final RunningDevHost devhost = new RunningDevHost();

    @RegisterExtension
    static final Browser browser = new Browser();

    /** Elements that scroll on their own (content larger than the box, overflow not visible). */
    private static final String SCROLL_BOXES = """
            root => [...root.querySelectorAll('*')].filter(e => {
                const style = getComputedStyle(e);
                const scrolls = v => v === 'auto' || v === 'scroll';
                return (scrolls(style.overflowX) && e.scrollWidth > e.clientWidth + 1)
                    || (scrolls(style.overflowY) && e.scrollHeight > e.clientHeight + 1);
            }).map(e => e.className)
            """;

    @Test
    void aliceSeesEveryStageOfTheWinterJacketMapWithoutAScrollBoxInLightAndDarkThemes() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            Locator map = openDemoPage(page);
            Locator grid = map.locator("[role=grid]");

            Locator stages = grid.locator("[role=columnheader][data-stage-id]");
            assertThat(stages.count()).isEqualTo(7);
            double right = grid.boundingBox().x + grid.boundingBox().width;
            Locator last = stages.last();
            assertThat(last.boundingBox().x + last.boundingBox().width).as("the last stage is on screen").isLessThanOrEqualTo(right + 1);
            assertThat(map.evaluate(SCROLL_BOXES)).as("no element scrolls on its own").isEqualTo(List.of());
            assertThat(grid.locator(".jm-comment-action:visible, .jm-thread").count())
                    .as("no comment icon where no thread exists (until hover)").isEqualTo(grid.locator(".jm-thread").count());
            assertThat(grid.locator("[role=rowheader]").allTextContents()).noneMatch(t -> t.contains("PENSÉES"));
            Browser.screenshot(page, "canvas-viewer-light-page");
            ScreenshotBaselines.assertMatchesBaseline(map, "canvas-viewer-light", map.locator(".jm-footer-updated"));
            Browser.assertNoSeriousAccessibilityViolations(page, "html");

            // Keyboard: from the toolbar, one Tab reaches the stages; arrows walk the grid row by row.
            map.locator(".jm-export-button").focus();
            Locator firstStage = stages.first();
            firstStage.focus();
            page.keyboard().press("ArrowRight");
            assertThat(focusedText(page)).contains("Expression du besoin");
            page.keyboard().press("ArrowDown");
            assertThat(focusedText(page)).contains("Décide d'acheter");
            page.keyboard().press("ArrowLeft");
            assertThat(focusedText(page)).contains("Ressent le froid");

            page.evaluate("() => { document.documentElement.dataset.colorMode = 'dark'; document.body.style.background = '#1D2125'; }");
            assertThat(grid.evaluate("g => getComputedStyle(g).backgroundColor")).isEqualTo("rgb(34, 39, 43)");
            Browser.screenshot(page, "canvas-viewer-dark-page");
            ScreenshotBaselines.assertMatchesBaseline(map, "canvas-viewer-dark", map.locator(".jm-footer-updated"));
            Browser.assertNoSeriousAccessibilityViolations(page, "html");
        }
    }

    @Test
    void alicePresentsTheMapStageByStageWithTheKeyboard() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            Locator map = openDemoPage(page);
            Locator present = map.locator(".jm-present-button");
            present.click();
            Locator dialog = page.locator(".jm-present[role=dialog]");
            assertThat(dialog.locator("[role=status]").textContent()).isEqualTo("Étape 1 sur 7\u00a0: Prise de conscience");
            page.keyboard().press("ArrowRight");
            page.keyboard().press("ArrowRight");
            page.keyboard().press("ArrowRight");
            page.keyboard().press("ArrowRight");
            assertThat(dialog.locator("[role=status]").textContent()).isEqualTo("Étape 5 sur 7\u00a0: Achat");
            assertThat(dialog.locator("h2").textContent()).contains("Achat");
            assertThat(dialog.locator(".jm-card-text").allTextContents()).contains("Création de compte obligatoire avant le paiement");
            ScreenshotBaselines.assertMatchesBaseline(page, "canvas-present");
            Browser.assertNoSeriousAccessibilityViolations(page, "html");
            page.keyboard().press("ArrowLeft");
            assertThat(dialog.locator("h2").textContent()).contains("Comparaison");
            page.keyboard().press("Escape");
            assertThat(dialog.count()).isZero();
            assertThat(page.evaluate("() => document.activeElement.classList.contains('jm-present-button')")).isEqualTo(true);
        }
    }

    private static String focusedText(Page page) {
        return (String) page.evaluate("() => document.activeElement.textContent");
    }

    private static Locator openDemoPage(Page page) {
        page.navigate(devhost.host().baseUrl() + "/pages/viewpage.action?pageId=" + devhost.demoPageId());
        Browser.signInIfAsked(page, "alice");
        Locator map = page.locator(".jm-map[data-viewer=ready]");
        map.waitFor(new Locator.WaitForOptions().setTimeout(15_000));
        return map;
    }
}
