package it.org.journeymaps.browser.pages;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import it.org.journeymaps.support.RunningDevHost;

/** A space's home in devhost's Confluence: its page list and, for space admins, its space tools. */
public final class SpacePage {

    private final Page page;

    private SpacePage(Page page) {
        this.page = page;
    }

    /** Opens the space {@code key} in a new tab and signs {@code user} in if asked. */
    public static SpacePage open(BrowserContext context, RunningDevHost devhost, String user, String key) {
        return new SpacePage(LoginForm.openAs(context, devhost.host().baseUrl() + "/display/" + key, user));
    }

    public Page page() {
        return page;
    }

    public void waitForPageList() {
        page.locator("#page-list").waitFor();
    }

    public boolean showsSpaceTools() {
        return page.locator("#space-tools").count() > 0;
    }

    /** Follows the space tools' journey-map branding link. */
    public BrandingPage openBranding() {
        page.locator("#space-tools a#journey-map-branding-space-tool").click();
        return BrandingPage.in(page);
    }
}
