package it.org.journeymaps.confluence;

import it.org.journeymaps.support.RunningDevHost;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editor's page {@code /plugins/servlet/journeymaps/editor?mapId=N} in devhost: Confluence's chrome around the
 * element the editor mounts on for an editor, a 403 page for a viewer, a 404 page for someone who may not view the
 * map, and sign-in for an anonymous visitor.
 */
class EditorPageTest {

    @RegisterExtension
    static final RunningDevHost devhost = new RunningDevHost();

    private static final String EDITOR = "/plugins/servlet/journeymaps/editor";
    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private static long pageId;
    private static long mapId;

    @BeforeAll
    static void demoMap() {
        pageId = devhost.demoPageId();
        mapId = devhost.mapIdOnPage(pageId);
    }

    @Test
    void aliceGetsTheDecoratedPageWithTheEditorsRootElementAndResources() throws Exception {
        HttpResponse<String> page = get(EDITOR + "?mapId=" + mapId, "alice");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).isEqualToIgnoringCase("text/html;charset=UTF-8"));
        assertThat(page.body())
                .contains("<div id=\"journey-map-editor\" class=\"jm-editor\" data-map-id=\"" + mapId
                        + "\" data-page-id=\"" + pageId + "\"")
                .contains("data-space-key=\"DEMO\" data-page-url=\"/pages/viewpage.action?pageId=" + pageId + "\"")
                .contains("<title>Modifier la carte de parcours «\u202f")
                .contains("Chargement de l&#39;éditeur…", "<noscript>")
                .contains("<header id=\"header\"", "<meta name=\"ajs-remote-user\" content=\"alice\">")
                .contains("/download/resources/org.journeymaps.journey-maps:journey-map-editor-page/journey-map-editor-page.css")
                .doesNotContain("name=\"decorator\"");
    }

    @Test
    void bobMayViewButNotEditSoHeGetsA403Page() throws Exception {
        HttpResponse<String> page = get(EDITOR + "?mapId=" + mapId, "bob");

        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("You cannot edit this journey map")
                .contains("href=\"/pages/viewpage.action?pageId=" + pageId + "\"")
                .doesNotContain("journey-map-editor\"");
    }

    @Test
    void carolMayNotViewTheMapSoSheGetsA404Page() throws Exception {
        HttpResponse<String> page = get(EDITOR + "?mapId=" + mapId, "carol");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Journey map not found").contains("<header id=\"header\"");
        assertThat(get(EDITOR + "?mapId=987654", "alice").statusCode()).isEqualTo(404);
    }

    @Test
    void aMissingOrMalformedMapIdIsA400Page() throws Exception {
        assertThat(get(EDITOR, "alice").statusCode()).isEqualTo(400);
        assertThat(get(EDITOR + "?mapId=abc", "alice").body()).contains("Aucune carte de parcours choisie");
    }

    @Test
    void anAnonymousVisitorIsSentToSignInAndBack() throws Exception {
        HttpResponse<String> page = get(EDITOR + "?mapId=" + mapId, null);

        assertThat(page.statusCode()).isEqualTo(302);
        String destination = EDITOR + "?mapId=" + mapId;
        assertThat(page.headers().firstValue("Location"))
                .hasValue("/login.action?os_destination=" + URLEncoder.encode(destination, StandardCharsets.UTF_8));
        HttpResponse<String> signedIn = CLIENT.send(HttpRequest.newBuilder(URI.create(devhost.host().baseUrl()
                        + "/dologin.action"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("os_username=alice&os_password=alice&os_destination="
                        + URLEncoder.encode(destination, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.headers().firstValue("Location")).hasValue(destination);
    }

    private static HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(devhost.host().baseUrl() + path));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
