package it.org.journeymaps.browser.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import it.org.journeymaps.support.RunningDevHost;

/** Devhost's stand-in of Confluence's page editor, with the journey-map macro's placeholder and the macro browser. */
public final class PageEditor {

    private final Page page;

    private PageEditor(Page page) {
        this.page = page;
    }

    /** Opens the page {@code pageId} (its reader signed in already) and starts editing it. */
    public static PageEditor open(Page page, RunningDevHost devhost, long pageId) {
        page.navigate(devhost.host().baseUrl() + "/pages/viewpage.action?pageId=" + pageId);
        return edit(page);
    }

    /** Starts editing the page shown. */
    public static PageEditor edit(Page page) {
        page.locator("#editPageLink").click();
        page.locator("#wysiwygTextarea").waitFor();
        return new PageEditor(page);
    }

    public Page page() {
        return page;
    }

    /** The text the page's body holds in the editor. */
    public String bodyText() {
        return page.locator("#wysiwygTextarea").textContent();
    }

    /** Types {@code text} on a new line after the last paragraph. */
    public void typeOnANewLine(String text) {
        page.locator("#wysiwygTextarea p").last().click();
        page.keyboard().press("End");
        page.keyboard().press("Enter");
        page.keyboard().type(text);
    }

    /** After a "{" autocomplete: picks the journey-map macro and waits for its dialog. */
    public MacroBrowser chooseJourneyMapFromAutocomplete() {
        page.locator("#dh-macro-menu li[data-macro-name='journey-map']").waitFor();
        page.keyboard().press("Enter");
        return MacroBrowser.opened(page);
    }

    /** The journey-map macro's placeholder in the body. */
    public Locator placeholder() {
        return page.locator("#wysiwygTextarea img.editor-inline-macro[data-macro-name='journey-map']");
    }

    /** Selects the placeholder and presses its Edit button. */
    public MacroBrowser editPlaceholder() {
        placeholder().click();
        page.locator("#dh-macro-edit").click();
        return MacroBrowser.opened(page);
    }

    /** Tabs through the page until the toolbar's "Insert macro" button has the focus (at most {@code presses} times). */
    public void tabToInsertMacro(int presses) {
        for (int i = 0; i < presses && !"rte-button-insert-macro".equals(focusedId()); i++) {
            page.keyboard().press("Tab");
        }
    }

    public String focusedId() {
        return (String) page.evaluate("() => document.activeElement.id");
    }

    /** Whether the body (rather than a dialog) has the keyboard focus. */
    public boolean bodyHasFocus() {
        return "wysiwygTextarea".equals(focusedId());
    }

    /** Publishes the page and waits for its view with the viewer in place. */
    public void publish() {
        page.locator("#rte-button-publish").click();
        page.waitForURL(url -> url.contains("/pages/viewpage.action"));
        page.locator(".jm-map[data-viewer=ready] .jm-viewer-title").first().waitFor();
    }
}
