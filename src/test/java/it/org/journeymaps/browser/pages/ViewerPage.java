package it.org.journeymaps.browser.pages;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import it.org.journeymaps.support.RunningDevHost;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Confluence page with a journey map, as a reader sees it once the interactive viewer is in place: the map's
 * title, stages, lanes and cards, its toolbar (lane filter, zoom, present, comments) and its comments drawer.
 */
public final class ViewerPage {

    private final Page page;
    private final Locator map;
    private final boolean askedToSignIn;
    private final List<String> errors;

    private ViewerPage(Page page, Locator map, boolean askedToSignIn, List<String> errors) {
        this.page = page;
        this.map = map;
        this.askedToSignIn = askedToSignIn;
        this.errors = errors;
    }

    /** Opens the page {@code pageId} in a new tab, signs {@code user} in if asked, and waits for the viewer. */
    public static ViewerPage open(BrowserContext context, RunningDevHost devhost, String user, long pageId) {
        return open(context.newPage(), devhost, user, pageId);
    }

    /** The same in a given tab (to watch its dialogs, say). */
    public static ViewerPage open(Page page, RunningDevHost devhost, String user, long pageId) {
        List<String> errors = watchErrors(page);
        page.navigate(devhost.host().baseUrl() + "/pages/viewpage.action?pageId=" + pageId);
        boolean asked = LoginForm.isShownOn(page);
        LoginForm.signInIfAsked(page, user);
        return waitForViewer(page, asked, errors);
    }

    /** The page shown in {@code page} (after a navigation the page itself made), once its viewer is ready. */
    public static ViewerPage in(Page page) {
        return waitForViewer(page, false, watchErrors(page));
    }

    private static List<String> watchErrors(Page page) {
        List<String> errors = new ArrayList<>();
        page.onConsoleMessage(message -> {
            if (message.type().equals("error")) {
                errors.add(message.text());
            }
        });
        page.onPageError(errors::add);
        return errors;
    }

    private static ViewerPage waitForViewer(Page page, boolean asked, List<String> errors) {
        Locator map = page.locator(".jm-map[data-viewer]").first();
        try {
            page.locator(".jm-map[data-viewer=ready]").first().waitFor(new Locator.WaitForOptions().setTimeout(15_000));
        } catch (PlaywrightException e) {
            throw new AssertionError("the viewer is not ready; console: " + errors, e);
        }
        return new ViewerPage(page, map, asked, errors);
    }

    public Page page() {
        return page;
    }

    /** The map's whole box, e.g. for a screenshot baseline. */
    public Locator map() {
        return map;
    }

    /** Whether opening the page showed the login form first. */
    public boolean askedToSignIn() {
        return askedToSignIn;
    }

    /** Console and script errors since the page was opened. */
    public List<String> errors() {
        return List.copyOf(errors);
    }

    public long mapId() {
        return Long.parseLong(map.getAttribute("data-journey-map-id"));
    }

    /** The map's title in the viewer. */
    public String title() {
        return page.locator(".jm-viewer-title").textContent();
    }

    /** The map's title as the macro rendered it on the server. */
    public String renderedTitle() {
        return map.locator(".jm-map-title").textContent();
    }

    /** The lane types the macro shows, as its options say. */
    public String laneTypes() {
        return map.getAttribute("data-lane-types");
    }

    public Locator grid() {
        return map.locator("[role=grid]");
    }

    /** The stage headers, in order. */
    public Locator stages() {
        return grid().locator("[role=columnheader][data-stage-id]");
    }

    public List<String> stageNames() {
        return stages().allTextContents();
    }

    /** The lanes' names as shown (without the type that only screen readers hear). */
    public List<String> laneNames() {
        @SuppressWarnings("unchecked")
        List<String> names = (List<String>) grid().locator("[role=rowheader] .jm-lane-name")
                .evaluateAll("names => names.map(n => n.firstChild.textContent)");
        return names;
    }

    public List<String> cardTexts() {
        return grid().locator(".jm-card-text").allTextContents();
    }

    public Locator cards() {
        return grid().locator(".jm-card");
    }

    /** The lane headers' texts (with the type screen readers hear). */
    public List<String> laneHeaders() {
        return grid().locator("[role=rowheader]").allTextContents();
    }

    /** The comment threads' badges on the map. */
    public Locator threads() {
        return grid().locator(".jm-thread");
    }

    /** The comment actions in sight and the threads' badges. */
    public Locator visibleCommentActionsAndThreads() {
        return grid().locator(".jm-comment-action:visible, .jm-thread");
    }

    /** The pain-point cards. */
    public Locator painPoints() {
        return grid().locator(".jm-card-pain-points");
    }

    /** The severity marks of pain points. */
    public Locator severities() {
        return grid().locator(".jm-card-pain-points .jm-severity");
    }

    /** The channel icons of touchpoint cards. */
    public Locator touchpointIcons() {
        return grid().locator(".jm-card-touchpoints .jm-card-kind svg.jm-icon");
    }

    /** The server-rendered tables the viewer replaces. */
    public Locator staticTables() {
        return map.locator("table.jm-grid");
    }

    public Locator card(long cardId) {
        return map.locator(".jm-card[data-card-id='" + cardId + "']");
    }

    /** The card's comment badge (its thread's count). */
    public Locator commentBadge(long cardId) {
        return commentBadgeOf(card(cardId));
    }

    /** The comment badge of a card on the map (its thread's count). */
    public static Locator commentBadgeOf(Locator card) {
        return card.locator(".jm-thread-open");
    }

    /** The thread marks of a card on the map (none without a thread). */
    public static Locator threadsOf(Locator card) {
        return card.locator(".jm-thread");
    }

    /** The comment badge that opens the thread of {@code anchor}, e.g. "CARD:12". */
    public static Locator threadBadge(Locator card, String anchor) {
        return card.locator("[data-anchor='" + anchor + "']");
    }

    /** The body of the map's viewer (what the comments drawer must not squeeze). */
    public Locator body() {
        return map.locator(".jm-viewer-body");
    }

    public Locator commentsToggle() {
        return map.locator(".jm-comments-toggle");
    }

    public String cardText(long cardId) {
        return card(cardId).locator(".jm-card-text").textContent();
    }

    /** Waits (at most {@code timeoutMs}) until the card shows {@code text}, e.g. after someone edited it. */
    public void waitForCardText(long cardId, String text, double timeoutMs) {
        page.waitForFunction("([selector, text]) => document.querySelector(selector)?.textContent === text",
                new Object[] {".jm-map .jm-card[data-card-id='" + cardId + "'] .jm-card-text", text},
                new Page.WaitForFunctionOptions().setTimeout(timeoutMs));
    }

    /** Brings the tab to the front and tells the page it has the focus again (the viewer then looks for changes). */
    public void returnToTab() {
        page.bringToFront();
        page.evaluate("() => window.dispatchEvent(new Event('focus'))");
    }

    /** Waits for the viewer's background refresh of Jira statuses and checks that it is done. */
    public void waitForJiraRefresh() {
        Locator refreshed = page.locator(".jm-map[data-jira-refresh]");
        refreshed.waitFor(new Locator.WaitForOptions().setTimeout(15_000));
        assertThat(refreshed.getAttribute("data-jira-refresh")).isEqualTo("done");
    }

    /** A linked Jira issue as a card shows it. */
    public Locator issue(String key) {
        return map.locator("[data-issue-key='" + key + "']");
    }

    /** The status lozenge of a linked Jira issue. */
    public Locator issueStatus(String key) {
        return issue(key).locator(".jm-jira-status");
    }

    /** Why the issue's status may be out of date, when it may. */
    public String issueProblem(String key) {
        return issue(key).locator(".jm-jira-problem").textContent();
    }

    /** The Jira roll-up of the cell that holds the issue. */
    public String rollUpOfCellWith(String key) {
        return map.locator(".jm-cell:has([data-issue-key='" + key + "']) .jm-cell-rollup").textContent();
    }

    /** Every cell roll-up on the map. */
    public Locator cellRollUps() {
        return map.locator(".jm-cell-rollup");
    }

    /** What the pain-points lane's header adds under its name (its Jira roll-up). */
    public String painPointsLaneExtra() {
        return map.locator(".jm-lane-pain-points [role=rowheader] .jm-lane-extra").textContent();
    }

    /** The emotion curve's cell. */
    public Locator curve() {
        return grid().locator(".jm-curve-cell");
    }

    /** The text the curve points screen readers to. */
    public String curveDescription() {
        return map.locator("#" + curve().getAttribute("aria-describedby")).textContent();
    }

    /** Whether the map says its reader may edit it (it must say so either way). */
    public boolean canEdit() {
        String canEdit = map.getAttribute("data-can-edit");
        assertThat(canEdit).as("data-can-edit").isIn("true", "false");
        return Boolean.parseBoolean(canEdit);
    }

    /** The Edit button (absent for readers). */
    public Locator editButton() {
        return map.locator(".jm-edit");
    }

    public String laneFilterLabel() {
        return map.locator("label[for$=lane-filter] > span").textContent();
    }

    /** Shows only the lanes of {@code type} (e.g. PAIN_POINTS). */
    public void showOnlyLanes(String type) {
        map.locator("select[id$=lane-filter]").selectOption(type);
    }

    public Locator zoomInButton() {
        return map.locator(".jm-zoom-in");
    }

    /** The zoom level as the reset button shows it, e.g. "125%". */
    public String zoomLabel() {
        return map.locator(".jm-zoom-reset").textContent();
    }

    /** The zoom frame's style, where the zoom factor is. */
    public String zoomStyle() {
        return map.locator(".jm-zoom-frame").getAttribute("style");
    }

    /** Whether the canvas scrolls sideways in its own box. */
    public boolean scrollsSideways() {
        return map.locator(".jm-canvas-scroll").count() == 1;
    }

    /** Opens the comments drawer from the toolbar. */
    public CommentsDrawer openComments() {
        commentsToggle().click();
        return new CommentsDrawer(page, map);
    }

    /** Opens the card's comments with its hover action. */
    public CommentsDrawer commentOn(long cardId) {
        Locator card = card(cardId);
        card.hover();
        card.locator(".jm-comment-action").click();
        return new CommentsDrawer(page, map);
    }

    /** The comments drawer as it is (it may be closed). */
    public CommentsDrawer comments() {
        return new CommentsDrawer(page, map);
    }

    /** The grid's accessible name (the map's title). */
    public String gridLabel() {
        return grid().getAttribute("aria-label");
    }

    public Locator exportButton() {
        return map.locator(".jm-export-button");
    }

    public Locator exportMenu() {
        return map.locator("[role=menu]");
    }

    /** What the map's status regions say (e.g. an export's result). */
    public List<String> statusMessages() {
        return map.locator("[role=status]").allTextContents();
    }

    public Locator presentButton() {
        return map.locator(".jm-present-button");
    }

    /** Presents the map stage by stage. */
    public Presentation present() {
        presentButton().click();
        return new Presentation(page);
    }

    /** The footer's "updated" line, which changes from one run to the next. */
    public Locator updatedLine() {
        return map.locator(".jm-footer-updated");
    }

    /** The value of a CSS custom property (e.g. "--jm-brand") on the map, trimmed. */
    public Object styleProperty(String name) {
        return map.evaluate("(m, name) => getComputedStyle(m).getPropertyValue(name).trim()", name);
    }

    /** Whether {@code element} has the keyboard focus. */
    public static boolean hasFocus(Locator element) {
        return Boolean.TRUE.equals(element.evaluate("e => e === document.activeElement"));
    }

    /** The class of the element that has the keyboard focus. */
    public String focusedClass() {
        return (String) page.evaluate("() => document.activeElement.className");
    }

    /** The text of the element that has the keyboard focus. */
    public String focusedText() {
        return (String) page.evaluate("() => document.activeElement.textContent");
    }
}
