package it.devhost;

import com.atlassian.confluence.pages.DevHostPages;
import org.journeymaps.devhost.DevHost;
import org.journeymaps.devhost.directory.DemoDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import static it.devhost.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

/** Devhost's Confluence-like pages follow the space permissions. */
class DevHostPagesTest {

    @TempDir
    static Path dataDir;
    private static DevHost host;
    private static long demoPageId;

    @BeforeAll
    static void start() throws Exception {
        host = DevHost.start(DevHostRestTest.testConfig(dataDir));
        demoPageId = DevHostPages.idOf(host.directory()
                .page(DemoDirectory.DEMO_SPACE, DemoDirectory.DEMO_PAGE_TITLES.get(0)).orElseThrow());
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    @Test
    void aUserWhoMayViewTheSpaceSeesThePage() throws Exception {
        HttpResponse<String> page = http().get("/pages/viewpage.action?pageId=" + demoPageId, basic("bob", "bob"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("<h1 id=\"title-text\">Parcours d&#39;achat d&#39;une veste d&#39;hiver</h1>")
                .contains(DemoDirectory.PLACEHOLDER_BODY)
                .contains("<meta name=\"ajs-page-id\" content=\"" + demoPageId + "\">");
    }

    @Test
    void aPageIsAlsoReachableByItsDisplayPath() throws Exception {
        HttpResponse<String> page = http().get("/display/DEMO/Du+besoin+%C3%A0+la+recommandation", basic("alice", "alice"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Du besoin à la recommandation").contains("lang=\"fr\"");
    }

    @Test
    void aSignedInUserWhoMayNotViewTheSpaceGetsNotFound() throws Exception {
        HttpResponse<String> page = http().get("/pages/viewpage.action?pageId=" + demoPageId, basic("carol", "carol"));

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Page Not Found").doesNotContain("veste");
    }

    @Test
    void anAnonymousVisitorIsSentToSignIn() throws Exception {
        HttpResponse<String> page = http().get("/pages/viewpage.action?pageId=" + demoPageId);

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location"))
                .hasValue("/login.action?os_destination=%2Fpages%2Fviewpage.action%3FpageId%3D" + demoPageId);
    }

    @Test
    void theDashboardListsOnlyTheSpacesTheUserMayView() throws Exception {
        assertThat(http().get("/", basic("carol", "carol")).body()).contains("Carol&#39;s space").doesNotContain("Expérience client");
        assertThat(http().get("/", basic("admin", "admin")).body()).contains("Carol&#39;s space").contains("Expérience client");
    }

    @Test
    void theRenderEndpointConvertsForOtherOutputTypes() throws Exception {
        HttpResponse<String> render = http().get("/devhost/render?pageId=" + demoPageId + "&outputType=pdf", basic("bob", "bob"));

        assertThat(render.statusCode()).isEqualTo(200);
        assertThat(render.body()).contains("data-output-type=\"pdf\"").contains(DemoDirectory.PLACEHOLDER_BODY);
        assertThat(http().get("/devhost/render?pageId=" + demoPageId + "&outputType=html", basic("bob", "bob")).statusCode())
                .isEqualTo(400);
    }

    @Test
    void unknownPagesAreAPlainNotFoundPage() throws Exception {
        HttpResponse<String> page = http().get("/no/such/thing", basic("bob", "bob"));

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
    }

    private static Http http() {
        return new Http(host.baseUrl());
    }
}
