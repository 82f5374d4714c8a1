package it.org.journeymaps.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import it.org.journeymaps.support.RunningDevHost;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** A reader signs in the way people do, opens a demo page and reads the journey map's table. */
class DemoPageBrowserTest {

    @RegisterExtension
    static final RunningDevHost devhost = new RunningDevHost();

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void bobSignsInOpensTheDemoPageAndReadsTheMapTable() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(devhost.host().baseUrl() + "/pages/viewpage.action?pageId=" + devhost.demoPageId());
            assertThat(page.url()).contains("login");
            page.locator("input[name=os_username]").fill("bob");
            page.locator("input[name=os_password]").fill("bob");
            page.locator("input[name=os_password]").press("Enter");

            Locator table = page.locator(".jm-map table.jm-grid");
            table.waitFor();
            Browser.screenshot(page, "demo-page-bob");

            assertThat(page.locator(".jm-map-title").textContent()).isEqualTo("Achat d'une veste d'hiver en ligne");
            assertThat(table.locator("thead th[scope=col]").allTextContents())
                    .hasSize(7).first().asString().contains("Prise de conscience");
            assertThat(table.locator("tbody th[scope=row] .jm-lane-name").allTextContents())
                    .contains("Actions du client", "Points de douleur", "Opportunités");
            assertThat(table.locator(".jm-card-text").allTextContents())
                    .contains("Création de compte obligatoire avant le paiement");
            assertThat(table.locator("svg.jm-curve").getAttribute("role")).isEqualTo("img");
            assertThat(page.locator(".jm-map").getAttribute("data-can-edit")).isEqualTo("false");
        }
    }
}
