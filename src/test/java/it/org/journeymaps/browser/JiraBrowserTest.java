package it.org.journeymaps.browser;

import com.atlassian.cache.CacheManager;
import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import it.org.journeymaps.browser.pages.EditorPage;
import it.org.journeymaps.browser.pages.JiraDialog;
import it.org.journeymaps.browser.pages.ViewerPage;
import it.org.journeymaps.support.Api;
import it.org.journeymaps.support.FreshMap;
import it.org.journeymaps.support.RunningDevHost;
import org.journeymaps.devhost.cache.InMemoryCacheManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Alice turns a pain point into a Jira issue (devhost's Jira sandbox) from the editor and follows it to Done in
 * the viewer; with Jira down she is told so in plain words, keeps her card and link, and her retry creates the
 * issue once. Alice reads French.
 */
class JiraBrowserTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @RegisterExtension
    static final RunningDevHost devhost = new RunningDevHost();

    @RegisterExtension
    static final Browser browser = new Browser();

    private final Api alice = devhost.as("alice");

    @AfterEach
    void jiraIsBack() {
        sandbox("/fault", "{\"fault\":\"NONE\"}");
    }

    @Test
    void aliceCreatesAnIssueFromAPainPointSeesToDoAndAfterJiraMovesItSeesDoneAndTheStageRollUp() throws Exception {
        MapOnPage map = mapOnPage("Jira: to done");
        try (BrowserContext context = browser.newContext()) {
            EditorPage editor = EditorPage.open(context, devhost, "alice", map.map().id());
            JiraDialog dialog = editor.card(map.painPoint()).openJira();
            Page page = editor.page();
            assertThat(dialog.summary().inputValue()).isEqualTo("Le paiement échoue sur mobile");
            Browser.screenshot(page, "jira-editor-dialog");
            Browser.assertNoSeriousAccessibilityViolations(page, "[role=dialog]");

            Locator created = dialog.create(0);
            String key = created.getAttribute("data-issue-key");
            assertThat(JiraDialog.statusOf(created).textContent()).isEqualTo("To Do");
            assertThat(JiraDialog.statusOf(created).getAttribute("class")).contains("jm-jira-status-new");
            Browser.screenshot(page, "jira-editor-created");
            dialog.close();
            assertThat(editor.card(map.painPoint()).issue(key).count()).as("the card shows its issue").isEqualTo(1);
            assertThat(keysOf(map)).containsExactly(key);

            sandbox("/issues/" + key + "/transition", "{\"status\":\"Done\"}");
            fiveMinutesLater();
            ViewerPage viewer = openViewer(page, map.pageId());
            Locator lozenge = viewer.issueStatus(key);
            assertThat(lozenge.textContent()).isEqualTo("Done");
            assertThat(lozenge.getAttribute("class")).contains("jm-jira-status-done");
            assertThat(viewer.rollUpOfCellWith(key))
                    .as("the roll-up sits in the pain point's cell").isEqualTo("1 sur 1 résolu");
            assertThat(viewer.painPointsLaneExtra()).isEqualTo("Tickets Jira\u00a0: 1 sur 1 résolu");
            assertThat(viewer.cellRollUps().count()).as("only where issues are linked").isEqualTo(1);
            Browser.screenshot(page, "jira-viewer-done");
            Browser.assertNoSeriousAccessibilityViolations(page, ".jm-map");
        }
    }

    @Test
    void withJiraDownAliceIsToldInPlainWordsKeepsCardAndLinkAndHerRetryCreatesTheIssueOnce() throws Exception {
        MapOnPage map = mapOnPage("Jira: down");
        try (BrowserContext context = browser.newContext()) {
            EditorPage editor = EditorPage.open(context, devhost, "alice", map.map().id());
            Page page = editor.page();
            JiraDialog dialog = editor.card(map.painPoint()).openJira();
            String linked = dialog.create(0).getAttribute("data-issue-key");

            sandbox("/fault", "{\"fault\":\"DOWN\"}");
            Locator summary = dialog.summary();
            summary.fill("Deuxième ticket, Jira en panne");
            dialog.pressCreate();
            Locator failure = dialog.failure();
            failure.waitFor();
            assertThat(failure.textContent()).startsWith("Jira est injoignable.").contains("ne crée jamais un second ticket");
            assertThat(summary.inputValue()).as("nothing typed is lost").isEqualTo("Deuxième ticket, Jira en panne");
            assertThat(dialog.createButton().textContent()).isEqualTo("Réessayer");
            Browser.screenshot(page, "jira-editor-down");
            Browser.assertNoSeriousAccessibilityViolations(page, "[role=dialog]");
            assertThat(keysOf(map)).containsExactly(linked);

            fiveMinutesLater();
            Page reader = context.newPage();
            ViewerPage viewer = openViewer(reader, map.pageId());
            assertThat(viewer.cardTexts()).contains("Le paiement échoue sur mobile");
            assertThat(viewer.issueStatus(linked).textContent()).as("the link and its last status known").isEqualTo("To Do");
            assertThat(viewer.issueProblem(linked)).isEqualTo("Jira est injoignable. Le statut affiché est le dernier lu.");
            Browser.screenshot(reader, "jira-viewer-down");
            reader.close();

            sandbox("/fault", "{\"fault\":\"NONE\"}");
            dialog.create(1);
            assertThat(dialog.failure().count()).isZero();
            assertThat(keysOf(map)).hasSize(2).startsWith(linked);
            Browser.screenshot(page, "jira-editor-retried");
        }
    }

    /** A page holding the journey-map macro of a fresh map with two pain points in its first stage. */
    private MapOnPage mapOnPage(String title) {
        FreshMap map = devhost.page(title).as("alice").map();
        long pageId = map.pageId();
        long pains = map.laneIds().get(1);
        long painPoint = alice.post(map.path() + "/cards", Map.of("stageId", map.firstStageId(), "laneId", pains,
                "text", "Le paiement échoue sur mobile", "severity", "HIGH")).expect(201).id();
        map.addCard(map.firstStageId(), pains, "Frais de port découverts au dernier moment");
        devhost.host().directory().updateBody(pageId, "<ac:structured-macro ac:name=\"journey-map\" ac:schema-version=\"1\">"
                + "<ac:parameter ac:name=\"mapId\">" + map.id() + "</ac:parameter></ac:structured-macro>");
        return new MapOnPage(map, pageId, painPoint);
    }

    private record MapOnPage(FreshMap map, long pageId, long painPoint) {
    }

    /** The keys of the issues linked to the map's first pain point, as the API has them. */
    private List<String> keysOf(MapOnPage map) {
        for (JsonNode card : alice.get(map.map().path()).expect(200).json().path("cards")) {
            if (card.path("id").asLong() == map.painPoint()) {
                return card.path("issues").valueStream().map(issue -> issue.path("key").asText()).toList();
            }
        }
        throw new AssertionError("no card " + map.painPoint());
    }

    /** Opens the page in {@code page} and waits for the viewer and its background status refresh. */
    private static ViewerPage openViewer(Page page, long pageId) {
        ViewerPage viewer = ViewerPage.open(page, devhost, "alice", pageId);
        viewer.waitForJiraRefresh();
        return viewer;
    }

    /** The app's issue status cache (five minutes, like Confluence's Jira macro) has let go of what it read. */
    private static void fiveMinutesLater() {
        ((InMemoryCacheManager) devhost.host().applicationContext().getBean(CacheManager.class)).expireAll();
    }

    /** Drives devhost's Jira sandbox control panel (move an issue, switch a fault on or off). */
    private static void sandbox(String path, String json) {
        String basic = Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(devhost.host().baseUrl() + "/jira-sandbox/admin" + path))
                .header("Content-Type", "application/json").header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("sandbox %s: %s", path, response.body()).isBetween(200, 299);
        } catch (IOException e) {
            throw new AssertionError("sandbox " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("sandbox " + path, e);
        }
    }
}
