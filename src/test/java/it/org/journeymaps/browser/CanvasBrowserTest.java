package it.org.journeymaps.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import it.org.journeymaps.browser.pages.Presentation;
import it.org.journeymaps.browser.pages.ViewerPage;
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
            ViewerPage viewer = openDemoPage(context);
            Page page = viewer.page();
            Locator map = viewer.map();
            Locator grid = viewer.grid();

            Locator stages = viewer.stages();
            assertThat(stages.count()).isEqualTo(7);
            double right = grid.boundingBox().x + grid.boundingBox().width;
            Locator last = stages.last();
            assertThat(last.boundingBox().x + last.boundingBox().width).as("the last stage is on screen").isLessThanOrEqualTo(right + 1);
            assertThat(map.evaluate(SCROLL_BOXES)).as("no element scrolls on its own").isEqualTo(List.of());
            assertThat(viewer.visibleCommentActionsAndThreads().count())
                    .as("no comment icon where no thread exists (until hover)").isEqualTo(viewer.threads().count());
            assertThat(viewer.laneHeaders()).noneMatch(t -> t.contains("PENSÉES"));
            Browser.screenshot(page, "canvas-viewer-light-page");
            ScreenshotBaselines.assertMatchesBaseline(map, "canvas-viewer-light", viewer.updatedLine());
            Browser.assertNoSeriousAccessibilityViolations(page, "html");

            // Keyboard: from the toolbar, one Tab reaches the stages; arrows walk the grid row by row.
            viewer.exportButton().focus();
            Locator firstStage = stages.first();
            firstStage.focus();
            page.keyboard().press("ArrowRight");
            assertThat(viewer.focusedText()).contains("Expression du besoin");
            page.keyboard().press("ArrowDown");
            assertThat(viewer.focusedText()).contains("Décide d'acheter");
            page.keyboard().press("ArrowLeft");
            assertThat(viewer.focusedText()).contains("Ressent le froid");

            page.evaluate("() => { document.documentElement.dataset.colorMode = 'dark'; document.body.style.background = '#1D2125'; }");
            assertThat(grid.evaluate("g => getComputedStyle(g).backgroundColor")).isEqualTo("rgb(34, 39, 43)");
            Browser.screenshot(page, "canvas-viewer-dark-page");
            ScreenshotBaselines.assertMatchesBaseline(map, "canvas-viewer-dark", viewer.updatedLine());
            Browser.assertNoSeriousAccessibilityViolations(page, "html");
        }
    }

    @Test
    void alicePresentsTheMapStageByStageWithTheKeyboard() {
        try (BrowserContext context = browser.newContext()) {
            ViewerPage viewer = openDemoPage(context);
            Page page = viewer.page();
            Presentation presentation = viewer.present();
            assertThat(presentation.status()).isEqualTo("Étape 1 sur 7\u00a0: Prise de conscience");
            presentation.next();
            presentation.next();
            presentation.next();
            presentation.next();
            assertThat(presentation.status()).isEqualTo("Étape 5 sur 7\u00a0: Achat");
            assertThat(presentation.stageHeading()).contains("Achat");
            assertThat(presentation.cardTexts()).contains("Création de compte obligatoire avant le paiement");
            ScreenshotBaselines.assertMatchesBaseline(page, "canvas-present");
            Browser.assertNoSeriousAccessibilityViolations(page, "html");
            presentation.previous();
            assertThat(presentation.stageHeading()).contains("Comparaison");
            presentation.close();
            assertThat(presentation.isOpen()).isFalse();
            assertThat(ViewerPage.hasFocus(viewer.presentButton())).isTrue();
        }
    }

    private static ViewerPage openDemoPage(BrowserContext context) {
        return ViewerPage.open(context, devhost, "alice", devhost.demoPageId());
    }
}
