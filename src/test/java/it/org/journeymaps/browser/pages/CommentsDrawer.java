package it.org.journeymaps.browser.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The comments drawer beside a map: the threads, a box to write a comment (with @mentions), and the comments. */
public final class CommentsDrawer {

    private final Page page;
    private final Locator map;

    CommentsDrawer(Page page, Locator map) {
        this.page = page;
        this.map = map;
    }

    public Locator panel() {
        return map.locator(".jm-comments-panel");
    }

    public boolean isOpen() {
        return panel().count() > 0;
    }

    public String heading() {
        return panel().locator("h2").textContent();
    }

    /** The button naming the element the first thread is about. */
    public Locator threadElement() {
        return panel().locator(".jm-thread-element button");
    }

    public Locator newCommentBox() {
        return panel().locator(".jm-comment-new textarea");
    }

    /** Types {@code start} of a mention and waits for the suggestions. */
    public void startMention(String start) {
        Locator box = newCommentBox();
        box.click();
        box.pressSequentially(start);
        panel().locator(".jm-mention-option").first().waitFor();
    }

    /** Writes {@code text} in the new-comment box and posts it; waits for the first comment to show. */
    public void post(String text) {
        newCommentBox().fill(text);
        postWritten();
    }

    /** Posts what the new-comment box holds; waits for the first comment to show. */
    public void postWritten() {
        panel().locator(".jm-comment-post").click();
        firstComment().waitFor();
    }

    private Locator firstComment() {
        return panel().locator(".jm-comment").first();
    }

    public String firstCommentBody() {
        return firstComment().locator(".jm-comment-body").textContent();
    }

    public String firstCommentMention() {
        return firstComment().locator(".jm-mention").textContent();
    }

    /** The map element the drawer marks as the one its thread is about. */
    public Locator target() {
        return map.locator(".jm-comment-target");
    }

    /** Closes the drawer with Escape. */
    public void close() {
        page.keyboard().press("Escape");
    }
}
