package it.org.journeymaps.browser.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** A card on the editor's canvas, and its fields in the side panel once selected. */
public final class EditorCard {

    private final Page page;
    private final long id;

    EditorCard(Page page, long id) {
        this.page = page;
        this.id = id;
    }

    /** The card on the canvas. */
    private Locator onCanvas() {
        return page.locator(".jm-editor-grid [data-card-id='" + id + "']");
    }

    /** The card's focusable box on the canvas. */
    public Locator box() {
        return page.locator("#jm-canvas-card-" + id);
    }

    /** The card's comment badge on the canvas. */
    public Locator commentBadge() {
        return onCanvas().locator(".jm-thread-open");
    }

    /** The Jira issue {@code key} as the card on the canvas shows it. */
    public Locator issue(String key) {
        return onCanvas().locator("[data-issue-key='" + key + "']");
    }

    /** Selects the card (a click on its top edge, away from links) and waits for its text field in the side panel. */
    public EditorCard select() {
        onCanvas().click(new Locator.ClickOptions().setPosition(12, 4));
        text().waitFor();
        return this;
    }

    /** The card's text field in the side panel. */
    public Locator text() {
        return page.locator(".jm-panel #jm-card-" + id + "-text");
    }

    /** Waits (at most {@code timeoutMs}) until the text field holds {@code value}, e.g. when someone else typed it. */
    public void waitForText(String value, double timeoutMs) {
        page.waitForFunction("([id, value]) => document.getElementById(id)?.value === value",
                new Object[] {"jm-card-" + id + "-text", value}, new Page.WaitForFunctionOptions().setTimeout(timeoutMs));
    }

    /** Replaces the text in the side panel and confirms it with Enter. */
    public void typeText(String newText) {
        text().fill(newText);
        text().press("Enter");
    }

    /** Waits for the side panel's notice that someone else saved the card meanwhile. */
    public void waitForConflict() {
        conflict().waitFor();
    }

    /** In the conflict notice: the text as the other person saved it. */
    public String theirText() {
        return conflict().locator(".jm-conflict-theirs").textContent();
    }

    /** In the conflict notice: the text as typed here. */
    public String myText() {
        return conflict().locator(".jm-conflict-mine").textContent();
    }

    /** In the conflict notice: keeps the text typed here. */
    public void keepMine() {
        conflict().locator("button").first().click();
    }

    private Locator conflict() {
        return page.locator(".jm-panel .jm-conflict");
    }

    /** Opens the card's Jira dialog from the side panel (selecting the card first). */
    public JiraDialog openJira() {
        select();
        page.locator(".jm-panel .jm-jira-open").click();
        return JiraDialog.opened(page, id);
    }
}
