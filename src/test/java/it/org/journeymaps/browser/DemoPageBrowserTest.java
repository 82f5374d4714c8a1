package it.org.journeymaps.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import it.org.journeymaps.support.RunningDevHost;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** A reader signs in the way people do, opens a demo page and reads the journey map. */
class DemoPageBrowserTest {

    @RegisterExtension
    static final RunningDevHost devhost = new RunningDevHost();

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void bobSignsInOpensTheDemoPageAndReadsTheMap() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(devhost.host().baseUrl() + "/pages/viewpage.action?pageId=" + devhost.demoPageId());
            assertThat(page.url()).contains("login");
            page.locator("input[name=os_username]").fill("bob");
            page.locator("input[name=os_password]").fill("bob");
            page.locator("input[name=os_password]").press("Enter");

            Locator grid = page.locator(".jm-map[data-viewer=ready] [role=grid]");
            grid.waitFor();
            Browser.screenshot(page, "demo-page-bob");

            assertThat(page.locator(".jm-viewer-title").textContent()).isEqualTo("Achat d'une veste d'hiver en ligne");
            assertThat(grid.locator("[role=columnheader][data-stage-id]").allTextContents())
                    .hasSize(7).first().asString().contains("Prise de conscience");
            assertThat(ViewerBrowserTest.laneNames(grid)).contains("Actions du client", "Points de douleur", "Opportunités");
            assertThat(grid.locator(".jm-card-text").allTextContents())
                    .contains("Création de compte obligatoire avant le paiement");
            assertThat(grid.locator(".jm-curve-cell").getAttribute("role")).isEqualTo("gridcell");
            assertThat(page.locator(".jm-map").getAttribute("data-can-edit")).isEqualTo("false");
        }
    }
}
