package it.org.journeymaps.browser.pages;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import it.org.journeymaps.support.RunningDevHost;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The map editor as an editor sees it: the canvas (stages, lanes, cells, cards, the emotion curve), the side panel
 * of what is selected, the header (save state, undo, versions, personas) and the live region that announces changes.
 */
public final class EditorPage {

    private final Page page;

    private EditorPage(Page page) {
        this.page = page;
    }

    /** Opens the editor of {@code mapId} in a new tab, signs {@code user} in if asked, and waits for the canvas. */
    public static EditorPage open(BrowserContext context, RunningDevHost devhost, String user, long mapId) {
        String url = devhost.host().baseUrl() + "/plugins/servlet/journeymaps/editor?mapId=" + mapId;
        return new EditorPage(LoginForm.openAs(context, url, user)).waitForCanvas();
    }

    /** The editor already open in {@code page} (after a navigation the page itself made). */
    public static EditorPage in(Page page) {
        return new EditorPage(page).waitForCanvas();
    }

    private EditorPage waitForCanvas() {
        page.locator("table.jm-editor-grid").waitFor();
        return this;
    }

    public Page page() {
        return page;
    }

    /** Reloads the editor and waits for its canvas. */
    public void reload() {
        page.reload();
        waitForCanvas();
    }

    /** Waits until every edit is saved. */
    public void waitUntilSaved() {
        page.waitForFunction("() => document.querySelector('.jm-save-summary')?.dataset.state === 'saved'"
                + " && !document.querySelector('.jm-save-saving')");
    }

    /** What the live region last announced to screen readers. */
    public String announced() {
        return page.locator(".jm-live").textContent();
    }

    /** Waits until the live region announces something and no save is under way. */
    public void waitForAnnouncement() {
        page.waitForFunction("() => document.querySelector('.jm-live').textContent.length > 0"
                + " && !document.querySelector('.jm-save-saving')");
    }

    /** The id of the element that has the keyboard focus. */
    public String focusedId() {
        return (String) page.evaluate("() => document.activeElement.id");
    }

    /** Leaves text fields, so Ctrl+Z means the editor's undo rather than the field's. */
    public void leaveTextField() {
        page.evaluate("() => document.activeElement?.blur()");
    }

    public void press(String keys) {
        page.keyboard().press(keys);
    }

    /** The header's undo button. */
    public void undo() {
        page.locator(".jm-editor-header button:has(.aui-iconfont-undo)").click();
    }

    public EditorCard card(long cardId) {
        return new EditorCard(page, cardId);
    }

    /** The stage headers, in order. */
    public Locator stageHeaders() {
        return page.locator("thead th.jm-stage-header");
    }

    /** Adds a stage at the end and waits for its header, whose name field then has the focus. */
    public void addStage() {
        int stages = stageHeaders().count();
        page.locator(".jm-add-stage").click();
        stageHeaders().nth(stages).waitFor();
    }

    /** The stage's header on the canvas. */
    public Locator stage(long stageId) {
        return page.locator("#jm-canvas-stage-" + stageId);
    }

    /** The lane's header on the canvas. */
    public Locator lane(long laneId) {
        return page.locator("#jm-canvas-lane-" + laneId);
    }

    /** Selects the stage and returns its description field in the side panel. */
    public Locator selectStageDescription(long stageId) {
        stage(stageId).click();
        return page.locator(".jm-panel #jm-stage-" + stageId + "-description");
    }

    /** The cells of a lane, in stage order. */
    public Locator cellsOfLane(String laneId) {
        return page.locator("td.jm-cell[data-lane-id='" + laneId + "']");
    }

    public Locator cell(String stageId, String laneId) {
        return page.locator("td.jm-cell[data-lane-id='" + laneId + "'][data-stage-id='" + stageId + "']");
    }

    /** The first cell that holds a card. */
    public Locator firstCellWithACard() {
        return page.locator("td.jm-cell:has(.jm-card)").first();
    }

    /** The first cell that holds two cards or more. */
    public Locator firstCellWithTwoCards() {
        String selector = (String) page.evaluate("() => { const td = [...document.querySelectorAll('td.jm-cell')]"
                + ".find(c => c.querySelectorAll('.jm-card').length >= 2);"
                + " return `td.jm-cell[data-stage-id='${td.dataset.stageId}'][data-lane-id='${td.dataset.laneId}']`; }");
        return page.locator(selector);
    }

    /** The cards of a cell, in order. */
    public static Locator cardsIn(Locator cell) {
        return cell.locator(".jm-card");
    }

    /** The card {@code cardId} if it is in {@code cell}. */
    public static Locator cardIn(Locator cell, long cardId) {
        return cell.locator("[data-card-id='" + cardId + "']");
    }

    public static long cardIdOf(Locator card) {
        return Long.parseLong(card.getAttribute("data-card-id"));
    }

    /** Drags the card by its grip into {@code cell}. */
    public static void drag(Locator card, Locator cell) {
        card.locator(".jm-card-grip").dragTo(cell);
    }

    /** Tabs through the editor until a cell of the canvas has the focus (at most {@code presses} times). */
    public boolean tabToFirstCell(int presses) {
        for (int i = 0; i < presses && !focusIsOnACell(); i++) {
            page.keyboard().press("Tab");
        }
        return focusIsOnACell();
    }

    private boolean focusIsOnACell() {
        return (Boolean) page.evaluate("() => document.activeElement?.matches('td.jm-cell') ?? false");
    }

    /** The stage id of the focused cell. */
    public String focusedStageId() {
        return (String) page.evaluate("() => document.activeElement.dataset.stageId");
    }

    /** The lane id of the focused cell. */
    public String focusedLaneId() {
        return (String) page.evaluate("() => document.activeElement.dataset.laneId");
    }

    /** How many stage headers are inside the window (their top-left corner, at least). */
    public int stagesInView() {
        return inViewport("thead th.jm-stage-header");
    }

    /** How many lane headers are inside the window (their top-left corner, at least). */
    public int lanesInView() {
        return inViewport("tbody th.jm-lane-header");
    }

    private int inViewport(String selector) {
        return ((Number) page.evaluate("s => [...document.querySelectorAll(s)].filter(e => { const r = e.getBoundingClientRect();"
                + " return r.width > 0 && r.left >= 0 && r.top >= 0 && r.left < innerWidth && r.top < innerHeight; }).length", selector))
                .intValue();
    }

    /** Every card on the canvas. */
    public Locator cards() {
        return page.locator(".jm-editor-grid .jm-card");
    }

    /** The form controls inside cards on the canvas (the canvas shows cards, the side panel edits them). */
    public Locator formControlsInCards() {
        return page.locator(".jm-editor-grid .jm-card :is(select, input, textarea)");
    }

    /** The same, in the cards that are not selected. */
    public Locator formControlsInUnselectedCards() {
        return page.locator(".jm-editor-grid .jm-card:not([data-selected]) :is(select, input, textarea)");
    }

    /** The pain point showing {@code text} on the canvas. */
    public Locator painPoint(String text) {
        return page.locator(".jm-editor-grid .jm-card-pain-points:has-text('" + text + "')");
    }

    /** Selects a card with a click on its top edge (away from links) and waits for the side panel. */
    public void select(Locator card) {
        card.click(new Locator.ClickOptions().setPosition(12, 4));
        waitForPanel();
    }

    public static boolean isSelected(Locator card) {
        return card.getAttribute("data-selected") != null;
    }

    /** The cells of the canvas, row by row. */
    public Locator cells() {
        return page.locator("td.jm-cell");
    }

    /** The header's save state, which changes from one run to the next. */
    public Locator saveSummary() {
        return page.locator(".jm-save-summary");
    }

    public void waitForPanel() {
        page.locator(".jm-panel").waitFor();
    }

    public void waitForPanelClosed() {
        page.locator(".jm-panel").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
    }

    /** Tabs to the first pain point on the canvas; returns its element id. */
    public String tabToPainPoint() {
        return tabTo(".jm-editor-grid .jm-card-pain-points");
    }

    /** Tabs to the first opportunity on the canvas; returns its element id. */
    public String tabToOpportunity() {
        return tabTo(".jm-editor-grid .jm-card-opportunities");
    }

    /** Tabs to the severity choice in the side panel. */
    public void tabToSeverity() {
        tabTo(".jm-panel input[type=radio]");
    }

    /** Tabs to the owner field in the side panel. */
    public void tabToOwner() {
        tabTo(".jm-panel input[role=combobox]");
    }

    /** In the focused owner field: types {@code start} and takes the suggestion {@code name}. */
    public void chooseOwner(String start, String name) {
        page.keyboard().type(start);
        page.locator(".jm-owner-list [role=option]:has-text('" + name + "')").waitFor();
        page.keyboard().press("Enter");
    }

    /** The owner avatar of the card whose element id is {@code cardElementId}. */
    public Locator ownerAvatar(String cardElementId) {
        return page.locator("#" + cardElementId + " .jm-avatar");
    }

    /** Presses Tab until the focus is on an element matching {@code selector}; returns that element's id. */
    private String tabTo(String selector) {
        for (int i = 0; i < 300 && !(Boolean) page.evaluate("s => document.activeElement?.matches(s) ?? false", selector); i++) {
            page.keyboard().press("Tab");
        }
        assertThat((Boolean) page.evaluate("s => document.activeElement.matches(s)", selector)).as("focus on " + selector).isTrue();
        return focusedId();
    }

    /** The emotion point of the general current curve at a stage. */
    public Locator emotionPoint(long stageId) {
        return page.locator("#jm-canvas-emotion-" + stageId);
    }

    /** The band a stage's emotion point moves in. */
    public Locator emotionBand(long stageId) {
        return page.locator(".jm-emotion-cell[data-stage-id='" + stageId + "'] .jm-emotion-band");
    }

    /** Selects the stage's emotion point and picks {@code score} in the side panel. */
    public void scoreEmotion(long stageId, int score) {
        emotionPoint(stageId).click();
        page.locator(".jm-panel input[name='jm-emotion-" + stageId + "-score'][value='" + score + "']").check();
    }

    /** With the emotion point selected: the side panel's button that clears it. */
    public void clearSelectedEmotion() {
        page.locator(".jm-panel .jm-panel-actions button").click();
    }

    /** Opens the personas menu, adds the library's persona {@code personaId} to the map. */
    public void addPersonaFromLibrary(long personaId) {
        page.locator(".jm-personas-button").click();
        page.locator(".jm-personas select").selectOption(String.valueOf(personaId));
    }

    /** With the personas menu open: creates a persona named {@code name} and waits for it on the map. */
    public void createPersona(String name) {
        page.locator(".jm-personas button.aui-button-link").click();
        page.keyboard().type(name);
        page.keyboard().press("Enter");
        page.locator(".jm-persona:has-text('" + name + "')").waitFor();
    }

    /** The avatar of {@code userKey} among the people the header shows in the editor now. */
    public Locator presenceOf(String userKey) {
        return page.locator(".jm-presence-user[data-user-key='" + userKey + "']");
    }

    /** Opens the versions drawer from the header. */
    public HistoryDrawer openHistory() {
        page.locator(".jm-history-button").click();
        return new HistoryDrawer(page);
    }

    /** The notice the editor shows after a version was restored. */
    public String restoredNotice() {
        return page.locator(".jm-history-restored").textContent();
    }
}
