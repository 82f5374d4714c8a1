package it.org.journeymaps.browser.pages;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

/** Devhost's Confluence login form, which any page shows a visitor who is not signed in. */
public final class LoginForm {

    private LoginForm() {
    }

    /** Whether the page is the login form. */
    public static boolean isShownOn(Page page) {
        return page.url().contains("login");
    }

    /** Signs {@code user} (password = name) in when the page asks for it. */
    public static void signInIfAsked(Page page, String user) {
        if (isShownOn(page)) {
            page.locator("input[name=os_username]").fill(user);
            page.locator("input[name=os_password]").fill(user);
            page.locator("input[name=os_password]").press("Enter");
        }
    }

    /** Opens {@code url} in a new tab and signs {@code user} in if the page asks for it. */
    public static Page openAs(BrowserContext context, String url, String user) {
        Page page = context.newPage();
        page.navigate(url);
        signInIfAsked(page, user);
        return page;
    }

    /** Opens the login form and signs {@code user} in. */
    public static void signIn(Page page, String baseUrl, String user) {
        page.navigate(baseUrl + "/login.action");
        signInIfAsked(page, user);
        page.waitForURL(url -> !url.contains("login"));
    }
}
