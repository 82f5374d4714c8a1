package it.org.journeymaps.browser.pages;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import java.util.List;

/** A space's journey-map branding page (space tools): the brand colour, the stage band colours and the logo. */
public final class BrandingPage {

    private final Page page;

    private BrandingPage(Page page) {
        this.page = page;
    }

    /** Waits for the form in {@code page}. */
    static BrandingPage in(Page page) {
        page.getByLabel("Brand colour").waitFor();
        return new BrandingPage(page);
    }

    /** Whether the page holds the branding form (it does not for those who may not use it). */
    public static boolean isShownOn(Page page) {
        return page.locator("#journey-map-branding").count() > 0;
    }

    public void setBrandColour(String colour) {
        page.getByLabel("Brand colour").fill(colour);
    }

    /** Sets stage band colour {@code number} (1 is the lightest). */
    public void setStageBandColour(int number, String colour) {
        page.getByLabel("Stage band colour " + number + " (light to dark)").fill(colour);
    }

    public List<String> warnings() {
        return page.locator(".jm-branding-warning").allTextContents();
    }

    public void useInTheSpacesMaps() {
        page.getByLabel("Use this logo and these colours in the space's journey maps").check();
    }

    /** Saves with the keyboard and waits for the confirmation. */
    public void save() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).press("Enter");
        page.getByText("Branding saved.").waitFor();
    }
}
