package it.org.journeymaps.browser.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** A card's Jira dialog in the editor: the form that creates an issue, the linked issues, and what went wrong. */
public final class JiraDialog {

    private final Page page;
    private final Locator dialog;
    private final long cardId;

    private JiraDialog(Page page, Locator dialog, long cardId) {
        this.page = page;
        this.dialog = dialog;
        this.cardId = cardId;
    }

    /** Waits for the dialog and for its pickers to hold Jira's projects and issue types. */
    static JiraDialog opened(Page page, long cardId) {
        Locator dialog = page.locator("section[role=dialog]");
        dialog.waitFor();
        page.waitForFunction("id => document.getElementById(id)?.options.length > 0", "jm-jira-" + cardId + "-type");
        return new JiraDialog(page, dialog, cardId);
    }

    public Locator summary() {
        return dialog.locator("#jm-jira-" + cardId + "-summary");
    }

    public Locator createButton() {
        return dialog.locator(".jm-jira-create-submit");
    }

    /** Presses "Create issue" (or "Try again") without waiting for the answer. */
    public void pressCreate() {
        createButton().click();
    }

    /** Presses "Create issue" (or "Try again") and waits for the issue listed as linked number {@code nth}. */
    public Locator create(int nth) {
        pressCreate();
        Locator created = linkedIssues().nth(nth);
        created.waitFor();
        return created;
    }

    private Locator linkedIssues() {
        return dialog.locator(".jm-jira-linked .jm-jira-issue");
    }

    /** The status lozenge of a linked issue. */
    public static Locator statusOf(Locator issue) {
        return issue.locator(".jm-jira-status");
    }

    /** The plain-words failure, once one is shown. */
    public Locator failure() {
        return dialog.locator(".jm-jira-failure");
    }

    public void close() {
        page.keyboard().press("Escape");
    }
}
