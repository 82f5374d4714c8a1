package it.org.journeymaps.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import it.org.journeymaps.support.RunningDevHost;

import java.util.Map;

/** What the editor's browser tests share: alice's map from a template, the editor page, and its save state. */
final class EditorPages {

    private final RunningDevHost devhost;

    EditorPages(RunningDevHost devhost) {
        this.devhost = devhost;
    }

    /** A map alice makes from the e-commerce template on a new DEMO page. */
    JsonNode mapFromTemplate(String title) {
        long pageId = devhost.createPage("DEMO", title);
        return devhost.as("alice").post("/maps", Map.of("pageId", pageId, "templateId", "ecommerce-purchase"))
                .expect(201).json();
    }

    /** The map as the server has it now. */
    JsonNode reread(long mapId) {
        return devhost.as("alice").get("/maps/" + mapId).expect(200).json();
    }

    /** The editor of the map, alice signed in. */
    Page openEditor(BrowserContext context, long mapId) {
        Page page = context.newPage();
        page.navigate(devhost.host().baseUrl() + "/plugins/servlet/journeymaps/editor?mapId=" + mapId);
        Browser.signInIfAsked(page, "alice");
        page.locator("table.jm-editor-grid").waitFor();
        return page;
    }

    /** Selects the card on the canvas (a click on its top edge, away from links) and returns its text field in the side panel. */
    static Locator cardText(Page page, long cardId) {
        page.locator(".jm-editor-grid [data-card-id='" + cardId + "']").click(new Locator.ClickOptions().setPosition(12, 4));
        Locator text = page.locator(".jm-panel #jm-card-" + cardId + "-text");
        text.waitFor();
        return text;
    }

    /** Waits until every edit is saved. */
    static void waitUntilSaved(Page page) {
        page.waitForFunction("() => document.querySelector('.jm-save-summary')?.dataset.state === 'saved'"
                + " && !document.querySelector('.jm-save-saving')");
    }

}
