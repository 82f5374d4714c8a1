package it.org.journeymaps.confluence;

import it.org.journeymaps.support.RunningDevHost;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The journey-map macro as readers get it: inside devhost's pages, rendered from storage format. */
class MacroOnPagesTest {

    @RegisterExtension
    static final RunningDevHost devhost = new RunningDevHost();

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String HOSTILE_SCRIPT = "<script>alert(1)</script>";
    private static final String HOSTILE_IMAGE = "<img src=x onerror=alert(2)>";

    @Test
    void hostileCardTextStaysInertOnThePage() throws Exception {
        long mapId = devhost.mapIdOnPage(devhost.demoPageId());
        var map = devhost.as("alice").get("/maps/" + mapId).expect(200).json();
        devhost.as("alice").post("/maps/" + mapId + "/cards", Map.of(
                "stageId", map.path("stages").path(0).path("id").asLong(),
                "laneId", map.path("lanes").path(0).path("id").asLong(),
                "text", HOSTILE_SCRIPT + " " + HOSTILE_IMAGE)).expect(201);

        String page = page("bob", "/pages/viewpage.action?pageId=" + devhost.demoPageId());

        assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(2)&gt;")
                .doesNotContain(HOSTILE_SCRIPT, HOSTILE_IMAGE);
    }

    @Test
    void theDemoPageShowsItsSandboxIssuesAsLinksAndThePainPointRollUpWithoutCallingJira() throws Exception {
        var sandbox = devhost.host().jiraSandbox().orElseThrow();
        int jiraRequestsBefore = sandbox.requestCount();

        String page = page("bob", "/pages/viewpage.action?pageId=" + devhost.demoPageId());
        String email = page("bob", "/devhost/render?pageId=" + devhost.demoPageId() + "&outputType=email");

        assertThat(page).containsPattern("<a class=\"jm-jira-key\" href=\"http://localhost:\\d+/jira-sandbox/browse/CX-\\d+\">");
        assertThat(email).containsPattern("<a class=\"jm-issue-key\" href=\"http://localhost:\\d+/jira-sandbox/browse/CX-\\d+\">")
                .containsPattern("<p class=\"jm-rollup jm-map-rollup\">\\d+ of \\d+ pain points? resolved</p>")
                .contains("<span class=\"jm-rollup jm-stage-rollup\">");
        assertThat(sandbox.requestCount()).isEqualTo(jiraRequestsBefore);
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdf", "word", "email"})
    void exportsCarryTheMapWithInlineStylesAndNoScript(String outputType) throws Exception {
        String body = page("bob", "/devhost/render?pageId=" + devhost.demoPageId() + "&outputType=" + outputType);

        // Paged exports get the print layout; e-mail keeps the table.
        assertThat(body).contains(outputType.equals("email") ? "<table class=\"jm-grid\">" : "<table class=\"jm-print-grid\">",
                "<style>").doesNotContainIgnoringCase("<script");
    }

    @Test
    void aMapFromASpaceTheReaderCannotSeeIsAMessageNotItsContent() throws Exception {
        long carolsMap = devhost.mapIdOnPage(devhost.carolPageId());
        long page = devhost.createPage("DEMO", "Embeds a foreign map");
        devhost.host().directory().updateBody(page, "<p>Foreign:</p><ac:structured-macro ac:name=\"journey-map\">"
                + "<ac:parameter ac:name=\"mapId\">" + carolsMap + "</ac:parameter></ac:structured-macro>");
        String carolsTitle = devhost.as("carol").get("/maps/" + carolsMap).expect(200).json().path("title").asText();

        String seenByBob = page("bob", "/pages/viewpage.action?pageId=" + page);

        assertThat(seenByBob).contains("does not exist, or you do not have permission to view it")
                .doesNotContain(carolsTitle, "<table class=\"jm-grid\">");
    }

    private static String page(String user, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(devhost.host().baseUrl() + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8))).build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }
}
