package it.org.journeymaps.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import it.org.journeymaps.support.RunningDevHost;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static com.atlassian.confluence.pages.DevHostPages.idOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In (devhost's stand-in of) Confluence's editor, the journey-map macro opens the app's dialog: alice creates a map
 * from a template on the page she edits, later switches the placeholder to another map, and does it all again with
 * the keyboard alone.
 */
class MacroBrowserTest {

    @RegisterExtension
    static final RunningDevHost devhost = new RunningDevHost();

    @RegisterExtension
    static final Browser browser = new Browser();

    /** Script errors of the pages the test opened: the editor and the dialog must run without any. */
    private static final List<String> PAGE_ERRORS = new CopyOnWriteArrayList<>();

    @AfterEach
    void noScriptErrors() {
        List<String> errors = List.copyOf(PAGE_ERRORS);
        PAGE_ERRORS.clear();
        assertThat(errors).as("script errors in the page").isEmpty();
    }

    private static long newPage(String title) {
        return idOf(devhost.host().directory().createPage("DEMO", title, "<p>Intro du parcours.</p>"));
    }

    private static Page signedInAsAlice(BrowserContext context) {
        Page page = context.newPage();
        page.onPageError(PAGE_ERRORS::add);
        page.navigate(devhost.host().baseUrl() + "/login.action");
        page.locator("input[name=os_username]").fill("alice");
        page.locator("input[name=os_password]").fill("alice");
        page.locator("input[name=os_password]").press("Enter");
        page.waitForURL(url -> !url.contains("login"));
        return page;
    }

    private static void openEditor(Page page, long pageId) {
        page.navigate(devhost.host().baseUrl() + "/pages/viewpage.action?pageId=" + pageId);
        page.locator("#editPageLink").click();
        page.locator("#wysiwygTextarea").waitFor();
    }

    private static Locator dialog(Page page) {
        return page.locator("section.jm-mb-dialog[role=dialog]");
    }

    private static Locator placeholder(Page page) {
        return page.locator("#wysiwygTextarea img.editor-inline-macro[data-macro-name='journey-map']");
    }

    private static void saveAndWaitForView(Page page) {
        page.locator("#rte-button-publish").click();
        page.waitForURL(url -> url.contains("/pages/viewpage.action"));
        page.locator(".jm-map[data-viewer=ready] .jm-viewer-title").first().waitFor();
    }

    private static String focusedInDialog(Page page) {
        return (String) page.evaluate("() => document.activeElement.closest('section.jm-mb-dialog') ? "
                + "(document.activeElement.id || document.activeElement.className || document.activeElement.tagName) : null");
    }

    @Test
    void aliceInsertsAMapCreatedFromATemplateThenSwitchesThePlaceholderToAnotherMap() throws Exception {
        long pageId = newPage("Macro : ticket de support");
        long otherMapId = devhost.mapIdOnPage(devhost.demoPageId());
        String otherTitle = devhost.as("alice").get("/maps/" + otherMapId).expect(200).json().get("title").asText();
        try (BrowserContext context = browser.newContext()) {
            Page page = signedInAsAlice(context);
            openEditor(page, pageId);

            // The `{` autocomplete, as in Confluence: type "{journ", choose the macro.
            page.locator("#wysiwygTextarea p").last().click();
            page.keyboard().press("End");
            page.keyboard().press("Enter");
            page.keyboard().type("{journ");
            page.locator("#dh-macro-menu li[data-macro-name='journey-map']").waitFor();
            page.keyboard().press("Enter");
            dialog(page).waitFor();
            assertThat(dialog(page).locator("#jm-mb-tab-pick").getAttribute("aria-selected")).isEqualTo("true");
            dialog(page).locator(".jm-mb-choice").first().waitFor();
            Browser.screenshot(page, "macro-browser-pick");
            Browser.assertNoSeriousAccessibilityViolations(page, "section.jm-mb-dialog");

            dialog(page).locator("#jm-mb-tab-create").click();
            dialog(page).locator("[data-template-id='it-support-ticket']").click();
            assertThat(dialog(page).locator("#jm-mb-title").inputValue()).isEqualTo("Ticket de support informatique");
            Browser.screenshot(page, "macro-browser-create");
            Browser.assertNoSeriousAccessibilityViolations(page, "section.jm-mb-dialog");
            dialog(page).locator(".jm-mb-confirm").click();
            placeholder(page).waitFor();
            assertThat(dialog(page).count()).isZero();
            assertThat(page.locator("#wysiwygTextarea").textContent()).doesNotContain("{journ");
            Browser.screenshot(page, "macro-browser-placeholder");

            saveAndWaitForView(page);
            JsonNode created = devhost.as("alice").get("/maps?pageId=" + pageId).expect(200).json().path("results");
            assertThat(created).hasSize(1);
            long createdId = created.get(0).get("id").asLong();
            assertThat(page.locator(".jm-map .jm-map-title").textContent()).isEqualTo("Ticket de support informatique");
            assertThat(devhost.host().directory().body(pageId))
                    .startsWith("<p>Intro du parcours.</p>")
                    .contains("<ac:parameter ac:name=\"mapId\">" + createdId + "</ac:parameter>");
            Browser.screenshot(page, "macro-browser-view-created");

            // Again: the placeholder's Edit opens the dialog on its map; alice picks another one.
            page.locator("#editPageLink").click();
            placeholder(page).click();
            page.locator("#dh-macro-edit").click();
            dialog(page).waitFor();
            Locator current = dialog(page).locator(".jm-mb-choice[data-map-id='" + createdId + "'] input");
            current.waitFor();
            assertThat(current.isChecked()).isTrue();
            assertThat(dialog(page).locator(".jm-mb-open-editor a").getAttribute("href"))
                    .endsWith("/plugins/servlet/journeymaps/editor?mapId=" + createdId);
            dialog(page).locator("#jm-mb-search").fill(otherTitle.substring(0, 8));
            dialog(page).locator(".jm-mb-choice[data-map-id='" + otherMapId + "']").click();
            dialog(page).locator(".jm-mb-options input[value='PAIN_POINTS']").check();
            Browser.screenshot(page, "macro-browser-edit-existing");
            dialog(page).locator(".jm-mb-confirm").click();
            assertThat(placeholder(page).getAttribute("data-macro-parameters"))
                    .isEqualTo("mapId=" + otherMapId + "|lanes=PAIN_POINTS");
            assertThat(placeholder(page).count()).isEqualTo(1);

            saveAndWaitForView(page);
            assertThat(page.locator(".jm-map .jm-map-title").textContent()).isEqualTo(otherTitle);
            assertThat(page.locator(".jm-map").getAttribute("data-lane-types")).contains("PAIN_POINTS");
            Browser.screenshot(page, "macro-browser-view-switched");
        }
    }

    @Test
    void theDialogWorksWithTheKeyboardAlone() throws Exception {
        long pageId = newPage("Macro : au clavier");
        try (BrowserContext context = browser.newContext()) {
            Page page = signedInAsAlice(context);
            openEditor(page, pageId);

            for (int i = 0; i < 50 && !"rte-button-insert-macro".equals(page.evaluate("() => document.activeElement.id")); i++) {
                page.keyboard().press("Tab");
            }
            page.keyboard().press("Enter");
            page.keyboard().press("Enter");
            dialog(page).waitFor();
            page.waitForFunction("() => document.activeElement.id === 'jm-mb-search'");

            // Escape cancels and gives the editor its focus back.
            page.keyboard().press("Escape");
            assertThat(dialog(page).count()).isZero();
            assertThat(page.evaluate("() => document.activeElement.id")).isEqualTo("wysiwygTextarea");

            page.keyboard().press("Shift+Tab");
            page.keyboard().press("Enter");
            page.keyboard().press("Enter");
            dialog(page).locator(".jm-mb-choice").first().waitFor();
            page.keyboard().press("Tab");
            page.keyboard().press("Space");
            String chosen = (String) page.evaluate("() => document.activeElement.closest('.jm-mb-choice').dataset.mapId");
            assertThat(page.evaluate("() => document.activeElement.checked")).isEqualTo(true);

            // Tab walks every control and comes back to the first one without ever leaving the dialog.
            List<String> visited = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                page.keyboard().press("Tab");
                String focused = focusedInDialog(page);
                assertThat(focused).as("focus after %d Tabs", i + 1).isNotNull();
                visited.add(focused);
                if (focused.contains("jm-mb-tab-pick")) {
                    break;
                }
            }
            assertThat(visited).contains("jm-mb-compact").anyMatch(f -> f.contains("jm-mb-confirm"))
                    .last().asString().contains("jm-mb-tab-pick");
            Browser.screenshot(page, "macro-browser-keyboard");

            page.keyboard().press("Shift+Tab"); // the wrap back: Cancel
            page.keyboard().press("Shift+Tab"); // the confirm button
            assertThat(focusedInDialog(page)).contains("jm-mb-confirm");
            page.keyboard().press("Enter");
            placeholder(page).waitFor();
            assertThat(placeholder(page).getAttribute("data-macro-parameters")).isEqualTo("mapId=" + chosen);
        }
    }
}
