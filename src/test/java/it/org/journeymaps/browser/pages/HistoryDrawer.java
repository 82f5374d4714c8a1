package it.org.journeymaps.browser.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The editor's versions drawer: save a named version, compare one with the map, restore one. */
public final class HistoryDrawer {

    private final Page page;

    HistoryDrawer(Page page) {
        this.page = page;
    }

    /** Saves the map as a version named {@code label}; returns its entry once listed. */
    public Locator saveVersion(String label) {
        page.locator("#jm-version-label").fill(label);
        page.locator(".jm-history-save button[type=submit]").click();
        Locator saved = version(label);
        saved.waitFor();
        return saved;
    }

    public Locator version(String label) {
        return page.locator("li.jm-version:has-text('" + label + "')");
    }

    /** Waits for the first automatic version in the list. */
    public Locator firstAutomaticVersion() {
        Locator version = page.locator("li.jm-version-automatic").first();
        version.waitFor();
        return version;
    }

    /** Compares the version with the map as it is; waits for the first changed element. */
    public Locator compare(Locator version) {
        version.locator("button[data-action=compare]").click();
        Locator changed = changedElements();
        changed.waitFor();
        return changed;
    }

    /** The text of a changed element before, as the comparison shows it. */
    public static String before(Locator changed) {
        return changed.locator("del").first().textContent();
    }

    /** The text of a changed element after, as the comparison shows it. */
    public static String after(Locator changed) {
        return changed.locator("ins").first().textContent();
    }

    private Locator changedElements() {
        return page.locator(".jm-history-compare li.jm-diff-changed");
    }

    /** The element as the comparison draws it on the map. */
    public Locator onComparedMap(long cardId) {
        return page.locator(".jm-history-stage .jm-history-map [data-card-id='" + cardId + "']");
    }

    /** Every element the comparison marks on the map. */
    public Locator markedOnComparedMap() {
        return page.locator(".jm-history-map [data-diff]");
    }

    /** Asks to restore the version; returns the confirmation it shows. */
    public Locator askToRestore(Locator version) {
        version.locator("button[data-action=restore]").click();
        return version.locator("[role=alertdialog]");
    }

    /** Confirms the restore and waits for the editor it reloads. */
    public EditorPage confirmRestore(Locator confirmation) {
        page.waitForNavigation(() -> confirmation.locator(".aui-button-primary").click());
        return EditorPage.in(page);
    }
}
