package it.org.journeymaps.browser.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The journey-map macro's dialog in the page editor: pick a map, or create one from a template, and its options. */
public final class MacroBrowser {

    private final Page page;
    private final Locator dialog;

    private MacroBrowser(Page page) {
        this.page = page;
        this.dialog = page.locator("section.jm-mb-dialog[role=dialog]");
    }

    /** Waits for the dialog to open in {@code page}. */
    public static MacroBrowser opened(Page page) {
        MacroBrowser browser = new MacroBrowser(page);
        browser.dialog.waitFor();
        return browser;
    }

    public boolean isOpen() {
        return dialog.count() > 0;
    }

    public boolean pickTabIsSelected() {
        return "true".equals(dialog.locator("#jm-mb-tab-pick").getAttribute("aria-selected"));
    }

    /** Waits for the list of maps to pick from. */
    public void waitForMaps() {
        dialog.locator(".jm-mb-choice").first().waitFor();
    }

    /** The radio button of a map in the list, once listed. */
    public Locator mapChoice(long mapId) {
        Locator choice = dialog.locator(".jm-mb-choice[data-map-id='" + mapId + "'] input");
        choice.waitFor();
        return choice;
    }

    public void search(String text) {
        dialog.locator("#jm-mb-search").fill(text);
    }

    public void pick(long mapId) {
        dialog.locator(".jm-mb-choice[data-map-id='" + mapId + "']").click();
    }

    /** The address of the "open in the editor" link. */
    public String openEditorLink() {
        return dialog.locator(".jm-mb-open-editor a").getAttribute("href");
    }

    /** Shows only the lanes of {@code type} in the macro. */
    public void showOnlyLanes(String type) {
        dialog.locator(".jm-mb-options input[value='" + type + "']").check();
    }

    /** Switches to "Create" and chooses the template {@code templateId}. */
    public void createFromTemplate(String templateId) {
        dialog.locator("#jm-mb-tab-create").click();
        dialog.locator("[data-template-id='" + templateId + "']").click();
    }

    /** The new map's title field. */
    public String newMapTitle() {
        return dialog.locator("#jm-mb-title").inputValue();
    }

    /** Presses the confirm button (Insert, Create or Save). */
    public void confirm() {
        dialog.locator(".jm-mb-confirm").click();
    }

    /** The id (or class, or tag) of the element in the dialog that has the focus; null when the focus left it. */
    public String focused() {
        return (String) page.evaluate("() => document.activeElement.closest('section.jm-mb-dialog') ? "
                + "(document.activeElement.id || document.activeElement.className || document.activeElement.tagName) : null");
    }

    /** Waits until the search field has the focus. */
    public void waitForFocusOnSearch() {
        page.waitForFunction("() => document.activeElement.id === 'jm-mb-search'");
    }

    /** The map id of the choice that has the focus. */
    public String focusedMapId() {
        return (String) page.evaluate("() => document.activeElement.closest('.jm-mb-choice').dataset.mapId");
    }

    /** Whether the focused control is checked. */
    public boolean focusedIsChecked() {
        return Boolean.TRUE.equals(page.evaluate("() => document.activeElement.checked"));
    }
}
