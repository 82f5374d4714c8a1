package it.org.journeymaps.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import it.org.journeymaps.browser.pages.LoginForm;
import it.org.journeymaps.browser.pages.MacroBrowser;
import it.org.journeymaps.browser.pages.PageEditor;
import it.org.journeymaps.browser.pages.ViewerPage;
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

    /** Alice's page editor on the page {@code pageId}. */
    private static PageEditor editAsAlice(BrowserContext context, long pageId) {
        Page page = context.newPage();
        page.onPageError(PAGE_ERRORS::add);
        LoginForm.signIn(page, devhost.host().baseUrl().toString(), "alice");
        return PageEditor.open(page, devhost, pageId);
    }

    @Test
    void aliceInsertsAMapCreatedFromATemplateThenSwitchesThePlaceholderToAnotherMap() throws Exception {
        long pageId = newPage("Macro : ticket de support");
        long otherMapId = devhost.mapIdOnPage(devhost.demoPageId());
        String otherTitle = devhost.as("alice").get("/maps/" + otherMapId).expect(200).json().get("title").asText();
        try (BrowserContext context = browser.newContext()) {
            PageEditor editor = editAsAlice(context, pageId);
            Page page = editor.page();

            // The `{` autocomplete, as in Confluence: type "{journ", choose the macro.
            editor.typeOnANewLine("{journ");
            MacroBrowser dialog = editor.chooseJourneyMapFromAutocomplete();
            assertThat(dialog.pickTabIsSelected()).isTrue();
            dialog.waitForMaps();
            Browser.screenshot(page, "macro-browser-pick");
            Browser.assertNoSeriousAccessibilityViolations(page, "section.jm-mb-dialog");

            dialog.createFromTemplate("it-support-ticket");
            assertThat(dialog.newMapTitle()).isEqualTo("Ticket de support informatique");
            Browser.screenshot(page, "macro-browser-create");
            Browser.assertNoSeriousAccessibilityViolations(page, "section.jm-mb-dialog");
            dialog.confirm();
            editor.placeholder().waitFor();
            assertThat(dialog.isOpen()).isFalse();
            assertThat(editor.bodyText()).doesNotContain("{journ");
            Browser.screenshot(page, "macro-browser-placeholder");

            editor.publish();
            JsonNode created = devhost.as("alice").get("/maps?pageId=" + pageId).expect(200).json().path("results");
            assertThat(created).hasSize(1);
            long createdId = created.get(0).get("id").asLong();
            assertThat(ViewerPage.in(page).renderedTitle()).isEqualTo("Ticket de support informatique");
            assertThat(devhost.host().directory().body(pageId))
                    .startsWith("<p>Intro du parcours.</p>")
                    .contains("<ac:parameter ac:name=\"mapId\">" + createdId + "</ac:parameter>");
            Browser.screenshot(page, "macro-browser-view-created");

            // Again: the placeholder's Edit opens the dialog on its map; alice picks another one.
            editor = PageEditor.edit(page);
            dialog = editor.editPlaceholder();
            assertThat(dialog.mapChoice(createdId).isChecked()).isTrue();
            assertThat(dialog.openEditorLink()).endsWith("/plugins/servlet/journeymaps/editor?mapId=" + createdId);
            dialog.search(otherTitle.substring(0, 8));
            dialog.pick(otherMapId);
            dialog.showOnlyLanes("PAIN_POINTS");
            Browser.screenshot(page, "macro-browser-edit-existing");
            dialog.confirm();
            assertThat(editor.placeholder().getAttribute("data-macro-parameters"))
                    .isEqualTo("mapId=" + otherMapId + "|lanes=PAIN_POINTS");
            assertThat(editor.placeholder().count()).isEqualTo(1);

            editor.publish();
            ViewerPage viewer = ViewerPage.in(page);
            assertThat(viewer.renderedTitle()).isEqualTo(otherTitle);
            assertThat(viewer.laneTypes()).contains("PAIN_POINTS");
            Browser.screenshot(page, "macro-browser-view-switched");
        }
    }

    @Test
    void theDialogWorksWithTheKeyboardAlone() throws Exception {
        long pageId = newPage("Macro : au clavier");
        try (BrowserContext context = browser.newContext()) {
            PageEditor editor = editAsAlice(context, pageId);
            Page page = editor.page();

            editor.tabToInsertMacro(50);
            page.keyboard().press("Enter");
            page.keyboard().press("Enter");
            MacroBrowser dialog = MacroBrowser.opened(page);
            dialog.waitForFocusOnSearch();

            // Escape cancels and gives the editor its focus back.
            page.keyboard().press("Escape");
            assertThat(dialog.isOpen()).isFalse();
            assertThat(editor.bodyHasFocus()).isTrue();

            page.keyboard().press("Shift+Tab");
            page.keyboard().press("Enter");
            page.keyboard().press("Enter");
            dialog.waitForMaps();
            page.keyboard().press("Tab");
            page.keyboard().press("Space");
            String chosen = dialog.focusedMapId();
            assertThat(dialog.focusedIsChecked()).isTrue();

            // Tab walks every control and comes back to the first one without ever leaving the dialog.
            List<String> visited = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                page.keyboard().press("Tab");
                String focused = dialog.focused();
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
            assertThat(dialog.focused()).contains("jm-mb-confirm");
            page.keyboard().press("Enter");
            editor.placeholder().waitFor();
            assertThat(editor.placeholder().getAttribute("data-macro-parameters")).isEqualTo("mapId=" + chosen);
        }
    }
}
