package it.org.journeymaps.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import it.org.journeymaps.browser.pages.EditorPage;
import it.org.journeymaps.support.Api;
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

    private final Api alice = devhost.as("alice");

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
            EditorPage editor = EditorPage.open(context, devhost, "alice", mapId);

            assertThat(editor.stagesInView()).isGreaterThanOrEqualTo(6);
            assertThat(editor.lanesInView()).isGreaterThanOrEqualTo(4);
            assertThat(editor.cards().count()).isGreaterThan(20);
            assertThat(editor.formControlsInCards().count()).isZero();

            Locator painPoint = editor.painPoint("Création de compte obligatoire");
            editor.select(painPoint);
            assertThat(EditorPage.isSelected(painPoint)).isTrue();
            assertThat(editor.formControlsInUnselectedCards().count()).isZero();
            assertThat(editor.stagesInView()).as("stages beside the open panel").isGreaterThanOrEqualTo(6);
            editor.cells().nth(9).hover();
            ScreenshotBaselines.assertMatchesBaseline(editor.page(), "canvas-editor-selected", editor.saveSummary());
            Browser.assertNoSeriousAccessibilityViolations(editor.page(), "#journey-map-editor");
        }
    }

    @Test
    void aliceChangesSeverityAndOwnerWithTheKeyboardAloneAndEscapeTakesHerBackToTheCard() throws Exception {
        JsonNode map = devhost.page("Canvas: keyboard").as("alice").mapFromTemplate("ecommerce-purchase");
        long mapId = map.get("id").asLong();
        try (BrowserContext context = browser.newContext()) {
            EditorPage editor = EditorPage.open(context, devhost, "alice", mapId);

            String painCard = editor.tabToPainPoint();
            long painId = Long.parseLong(painCard.substring("jm-canvas-card-".length()));
            String before = cardOf(map, painId).path("severity").asText("");
            editor.press("Enter");
            editor.waitForPanel();
            assertThat(editor.focusedId()).isEqualTo("jm-card-" + painId + "-text");
            editor.tabToSeverity();
            editor.press("ArrowRight");
            editor.waitUntilSaved();
            String after = cardOf(alice.map(mapId), painId).path("severity").asText("");
            assertThat(after).isNotEmpty().isNotEqualTo(before);
            Browser.assertNoSeriousAccessibilityViolations(editor.page(), "#journey-map-editor");
            editor.press("Escape");
            editor.waitForPanelClosed();
            assertThat(editor.focusedId()).isEqualTo(painCard);

            String opportunity = editor.tabToOpportunity();
            long opportunityId = Long.parseLong(opportunity.substring("jm-canvas-card-".length()));
            editor.press("Enter");
            editor.tabToOwner();
            editor.chooseOwner("bo", "Bob Durand");
            editor.waitUntilSaved();
            JsonNode owned = cardOf(alice.map(mapId), opportunityId);
            assertThat(owned.path("ownerKey").asText()).isEqualTo("bob");
            assertThat(owned.path("ownerName").asText()).isEqualTo("Bob Durand");
            editor.press("Escape");
            editor.waitForPanelClosed();
            assertThat(editor.focusedId()).isEqualTo(opportunity);
            assertThat(editor.ownerAvatar(opportunity).textContent()).contains("Bob Durand");
            Browser.screenshot(editor.page(), "canvas-editor-keyboard");
        }
    }
}
