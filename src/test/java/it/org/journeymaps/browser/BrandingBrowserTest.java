package it.org.journeymaps.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import it.org.journeymaps.support.RunningDevHost;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A space administrator reaches the branding page from the space tools, sets the space's colours, and the demo
 * page's map carries them as CSS custom properties; bob, who does not administer the space, sees no link and is
 * refused the page.
 */
class BrandingBrowserTest {

    @RegisterExtension
    static final RunningDevHost devhost = new RunningDevHost();

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void theAdminSetsTheColoursFromTheSpaceToolsAndTheMapCarriesThem() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(devhost.host().baseUrl() + "/display/DEMO");
            Browser.signInIfAsked(page, "admin");
            page.locator("#space-tools a#journey-map-branding-space-tool").click();

            page.getByLabel("Brand colour").waitFor();
            page.getByLabel("Brand colour").fill("#aa0000");
            page.getByLabel("Stage band colour 1 (light to dark)").fill("#FFEEEE");
            page.getByLabel("Stage band colour 2 (light to dark)").fill("#CC3333");
            page.getByLabel("Stage band colour 3 (light to dark)").fill("#DDDDDD");
            assertThat(page.locator(".jm-branding-warning").allTextContents())
                    .containsExactly("Too light for white text: the text on it will be dark.");
            page.getByLabel("Use this logo and these colours in the space's journey maps").check();
            Browser.screenshot(page, "canvas-branding-admin");
            Browser.assertNoSeriousAccessibilityViolations(page, "#journey-map-branding");
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Save")).press("Enter");
            page.getByText("Branding saved.").waitFor();

            page.navigate(devhost.host().baseUrl() + "/pages/viewpage.action?pageId=" + devhost.demoPageId());
            page.locator(".jm-map").first().waitFor();
            Object brand = page.evaluate("() => getComputedStyle(document.querySelector('.jm-map'))"
                    + ".getPropertyValue('--jm-brand').trim()");
            Object phase3Text = page.evaluate("() => getComputedStyle(document.querySelector('.jm-map'))"
                    + ".getPropertyValue('--jm-phase-3-text').trim()");
            assertThat(brand).isEqualTo("#AA0000");
            assertThat(phase3Text).isEqualTo("#172B4D");
        }
    }

    @Test
    void bobSeesNoSpaceToolsLinkAndIsRefusedTheBrandingPage() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(devhost.host().baseUrl() + "/display/DEMO");
            Browser.signInIfAsked(page, "bob");
            page.locator("#page-list").waitFor();
            assertThat(page.locator("#space-tools").count()).isZero();

            Response refused = page.navigate(devhost.host().baseUrl() + "/plugins/servlet/journeymaps/branding?key=DEMO");
            assertThat(refused.status()).isEqualTo(403);
            assertThat(page.locator("#journey-map-branding").count()).isZero();
        }
    }
}
