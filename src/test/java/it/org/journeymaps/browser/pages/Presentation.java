package it.org.journeymaps.browser.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import java.util.List;

/** The viewer's presentation mode: one stage at a time, in a dialog over the page. */
public final class Presentation {

    private final Page page;
    private final Locator dialog;

    Presentation(Page page) {
        this.page = page;
        this.dialog = page.locator(".jm-present[role=dialog]");
    }

    public boolean isOpen() {
        return dialog.count() > 0;
    }

    /** Where the presentation is, e.g. "Étape 5 sur 7 : Achat". */
    public String status() {
        return dialog.locator("[role=status]").textContent();
    }

    public String stageHeading() {
        return dialog.locator("h2").textContent();
    }

    public List<String> cardTexts() {
        return dialog.locator(".jm-card-text").allTextContents();
    }

    public void next() {
        page.keyboard().press("ArrowRight");
    }

    public void previous() {
        page.keyboard().press("ArrowLeft");
    }

    public void close() {
        page.keyboard().press("Escape");
    }
}
