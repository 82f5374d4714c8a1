package it.org.journeymaps.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import it.org.journeymaps.support.RunningDevHost;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** The editor as a canvas: the map fits the window, cards carry no controls, and a card is edited from the keyboard. */
class CanvasEditorBrowserTest {

    @RegisterExtension
    static final RunningDevHost devhost = new RunningDevHost();

    @RegisterExtension
    static final Browser browser = new Browser();

    private static final EditorPages editor = new EditorPages(devhost);

    /** How many of the elements are inside the 1440 × 900 window (their top-left corner, at least). */
    private static int inViewport(Page page, String selector) {
        return ((Number) page.evaluate("s => [...document.querySelectorAll(s)].filter(e => { const r = e.getBoundingClientRect();"
                + " return r.width > 0 && r.left >= 0 && r.top >= 0 && r.left < innerWidth && r.top < innerHeight; }).length", selector))
                .intValue();
    }

    private static String focusedId(Page page) {
        return (String) page.evaluate("() => document.activeElement.id");
    }

    /** Presses Tab until the focus is on an element matching {@code selector}. */
    private static void tabTo(Page page, String selector) {
        for (int i = 0; i < 300 && !(Boolean) page.evaluate("s => document.activeElement?.matches(s) ?? false", selector); i++) {
            page.keyboard().press("Tab");
        }
        assertThat((Boolean) page.evaluate("s => document.activeElement.matches(s)", selector)).as("focus on " + selector).isTrue();
    }

    private static JsonNode cardOf(JsonNode map, long cardId) {
        for (JsonNode card : map.get("cards")) {
            if (card.get("id").asLong() == cardId) {
                return card;
            }
        }
        throw new AssertionError("no card " + cardId);
    }

    @Test
    void theDemoMapShowsSixStagesAndFourLanesAtOnceAndItsCardsHoldNoFormControls() throws Exception {
        long mapId = devhost.mapIdOnPage(devhost.demoPageId());
        try (BrowserContext context = browser.newContext()) {
            Page page = editor.openEditor(context, mapId);

            assertThat(inViewport(page, "thead th.jm-stage-header")).isGreaterThanOrEqualTo(6);
            assertThat(inViewport(page, "tbody th.jm-lane-header")).isGreaterThanOrEqualTo(4);
            assertThat(page.locator(".jm-editor-grid .jm-card").count()).isGreaterThan(20);
            assertThat(page.locator(".jm-editor-grid .jm-card :is(select, input, textarea)").count()).isZero();

            Locator painPoint = page.locator(".jm-editor-grid .jm-card-pain-points:has-text('Création de compte obligatoire')");
            painPoint.click(new Locator.ClickOptions().setPosition(12, 4));
            page.locator(".jm-panel").waitFor();
            assertThat(painPoint.getAttribute("data-selected")).isNotNull();
            assertThat(page.locator(".jm-editor-grid .jm-card:not([data-selected]) :is(select, input, textarea)").count()).isZero();
            assertThat(inViewport(page, "thead th.jm-stage-header")).as("stages beside the open panel").isGreaterThanOrEqualTo(6);
            page.locator("td.jm-cell").nth(9).hover();
            ScreenshotBaselines.assertMatchesBaseline(page, "canvas-editor-selected", page.locator(".jm-save-summary"));
            Browser.assertNoSeriousAccessibilityViolations(page, "#journey-map-editor");
        }
    }

    @Test
    void aliceChangesSeverityAndOwnerWithTheKeyboardAloneAndEscapeTakesHerBackToTheCard() throws Exception {
        JsonNode map = editor.mapFromTemplate("Canvas: keyboard");
        long mapId = map.get("id").asLong();
        try (BrowserContext context = browser.newContext()) {
            Page page = editor.openEditor(context, mapId);

            tabTo(page, ".jm-editor-grid .jm-card-pain-points");
            String painCard = focusedId(page);
            long painId = Long.parseLong(painCard.substring("jm-canvas-card-".length()));
            String before = cardOf(map, painId).path("severity").asText("");
            page.keyboard().press("Enter");
            page.locator(".jm-panel").waitFor();
            assertThat(focusedId(page)).isEqualTo("jm-card-" + painId + "-text");
            tabTo(page, ".jm-panel input[type=radio]");
            page.keyboard().press("ArrowRight");
            EditorPages.waitUntilSaved(page);
            String after = cardOf(editor.reread(mapId), painId).path("severity").asText("");
            assertThat(after).isNotEmpty().isNotEqualTo(before);
            Browser.assertNoSeriousAccessibilityViolations(page, "#journey-map-editor");
            page.keyboard().press("Escape");
            page.locator(".jm-panel").waitFor(new Locator.WaitForOptions().setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
            assertThat(focusedId(page)).isEqualTo(painCard);

            tabTo(page, ".jm-editor-grid .jm-card-opportunities");
            String opportunity = focusedId(page);
            long opportunityId = Long.parseLong(opportunity.substring("jm-canvas-card-".length()));
            page.keyboard().press("Enter");
            tabTo(page, ".jm-panel input[role=combobox]");
            page.keyboard().type("bo");
            page.locator(".jm-owner-list [role=option]:has-text('Bob Durand')").waitFor();
            page.keyboard().press("Enter");
            EditorPages.waitUntilSaved(page);
            JsonNode owned = cardOf(editor.reread(mapId), opportunityId);
            assertThat(owned.path("ownerKey").asText()).isEqualTo("bob");
            assertThat(owned.path("ownerName").asText()).isEqualTo("Bob Durand");
            page.keyboard().press("Escape");
            page.locator(".jm-panel").waitFor(new Locator.WaitForOptions().setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
            assertThat(focusedId(page)).isEqualTo(opportunity);
            assertThat(page.locator("#" + opportunity + " .jm-avatar").textContent()).contains("Bob Durand");
            Browser.screenshot(page, "canvas-editor-keyboard");
        }
    }
}
