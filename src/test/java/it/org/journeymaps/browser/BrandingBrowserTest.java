package it.org.journeymaps.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import it.org.journeymaps.browser.pages.BrandingPage;
import it.org.journeymaps.browser.pages.SpacePage;
import it.org.journeymaps.browser.pages.ViewerPage;
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
            SpacePage space = SpacePage.open(context, devhost, "admin", "DEMO");
            Page page = space.page();
            BrandingPage branding = space.openBranding();
            branding.setBrandColour("#aa0000");
            branding.setStageBandColour(1, "#FFEEEE");
            branding.setStageBandColour(2, "#CC3333");
            branding.setStageBandColour(3, "#DDDDDD");
            assertThat(branding.warnings()).containsExactly("Too light for white text: the text on it will be dark.");
            branding.useInTheSpacesMaps();
            Browser.screenshot(page, "canvas-branding-admin");
            Browser.assertNoSeriousAccessibilityViolations(page, "#journey-map-branding");
            branding.save();

            ViewerPage viewer = ViewerPage.open(page, devhost, "admin", devhost.demoPageId());
            assertThat(viewer.styleProperty("--jm-brand")).isEqualTo("#AA0000");
            assertThat(viewer.styleProperty("--jm-phase-3-text")).isEqualTo("#172B4D");
        }
    }

    @Test
    void bobSeesNoSpaceToolsLinkAndIsRefusedTheBrandingPage() {
        try (BrowserContext context = browser.newContext()) {
            SpacePage space = SpacePage.open(context, devhost, "bob", "DEMO");
            space.waitForPageList();
            assertThat(space.showsSpaceTools()).isFalse();

            Page page = space.page();
            Response refused = page.navigate(devhost.host().baseUrl() + "/plugins/servlet/journeymaps/branding?key=DEMO");
            assertThat(refused.status()).isEqualTo(403);
            assertThat(BrandingPage.isShownOn(page)).isFalse();
        }
    }
}
