package it.org.journeymaps.browser.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import it.org.journeymaps.support.RunningDevHost;

/** Devhost's outbox: the mails the app sent, newest first. */
public final class Outbox {

    private final Page page;

    private Outbox(Page page) {
        this.page = page;
    }

    public static Outbox open(Page page, RunningDevHost devhost) {
        page.navigate(devhost.host().baseUrl() + "/devhost/outbox");
        return new Outbox(page);
    }

    public String latestRecipient() {
        return latest().locator(".dh-mail-to").textContent();
    }

    public String latestBody() {
        return latest().locator(".dh-mail-body").textContent();
    }

    private Locator latest() {
        return page.locator(".dh-mail").first();
    }
}
