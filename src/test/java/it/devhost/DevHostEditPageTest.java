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
import static it.devhost.Http.noXsrfCheck;
import static org.assertj.core.api.Assertions.assertThat;

/** Devhost's stand-in for Confluence's page editor: who may open it, and what a save writes. */
class DevHostEditPageTest {

    private static final String MACRO = "<ac:structured-macro ac:name=\"journey-map\" ac:schema-version=\"1\">"
            + "<ac:parameter ac:name=\"mapId\">12</ac:parameter><ac:parameter ac:name=\"lanes\">A|B=C</ac:parameter>"
            + "</ac:structured-macro>";

    @TempDir
    static Path dataDir;
    private static DevHost host;

    @BeforeAll
    static void start() throws Exception {
        host = DevHost.start(DevHostRestTest.testConfig(dataDir));
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    private static long newPage(String title, String body) {
        return DevHostPages.idOf(host.directory().createPage(DemoDirectory.DEMO_SPACE, title, body));
    }

    private static Http http() {
        return new Http(host.baseUrl());
    }

    private static HttpResponse<String> save(long pageId, String storage, String user) throws Exception {
        return http().postForm("/pages/doeditpage.action", noXsrfCheck(basic(user, user)),
                "pageId", Long.toString(pageId), "storage", storage);
    }

    @Test
    void anEditorSeesTheBodyWithMacroPlaceholdersAndTheEditorContexts() throws Exception {
        long pageId = newPage("Edit: placeholders", "<p>Intro &amp; more</p>" + MACRO);

        HttpResponse<String> page = http().get("/pages/editpage.action?pageId=" + pageId, basic("alice", "alice"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("<p>Intro &amp; more</p>")
                .contains("<img class=\"editor-inline-macro\" data-macro-name=\"journey-map\""
                        + " data-macro-parameters=\"mapId=12|lanes=A\\|B\\=C\"")
                .contains("data-wrm-key=\"org.journeymaps.devhost:confluence-editor\"")
                .contains("journey-map-macro-browser.js")
                .contains("<meta name=\"ajs-page-id\" content=\"" + pageId + "\">");
    }

    @Test
    void theViewOffersEditOnlyToThoseWhoMayEdit() throws Exception {
        long pageId = newPage("Edit: link", "<p>x</p>");

        assertThat(http().get("/pages/viewpage.action?pageId=" + pageId, basic("alice", "alice")).body())
                .contains("id=\"editPageLink\"").contains("/pages/editpage.action?pageId=" + pageId);
        assertThat(http().get("/pages/viewpage.action?pageId=" + pageId, basic("bob", "bob")).body())
                .doesNotContain("editPageLink");
    }

    @Test
    void aSaveWritesTheStorageFormatBack() throws Exception {
        long pageId = newPage("Edit: save", "<p>before</p>");

        HttpResponse<String> saved = save(pageId, "<p>after</p>" + MACRO, "alice");

        assertThat(saved.statusCode()).isEqualTo(204);
        assertThat(host.directory().body(pageId)).isEqualTo("<p>after</p>" + MACRO);
    }

    @Test
    void bobWhoMayOnlyViewTheSpaceMayNeitherOpenTheEditorNorSave() throws Exception {
        long pageId = newPage("Edit: bob", "<p>kept</p>");

        assertThat(http().get("/pages/editpage.action?pageId=" + pageId, basic("bob", "bob")).statusCode()).isEqualTo(403);
        assertThat(save(pageId, "<p>bob was here</p>", "bob").statusCode()).isEqualTo(403);
        assertThat(host.directory().body(pageId)).isEqualTo("<p>kept</p>");
    }

    @Test
    void carolWhoMayNotViewTheSpaceGetsNotFound() throws Exception {
        long pageId = newPage("Edit: carol", "<p>kept</p>");

        assertThat(http().get("/pages/editpage.action?pageId=" + pageId, basic("carol", "carol")).statusCode()).isEqualTo(404);
        assertThat(save(pageId, "<p>carol</p>", "carol").statusCode()).isEqualTo(404);
        assertThat(host.directory().body(pageId)).isEqualTo("<p>kept</p>");
    }

    @Test
    void aSaveNeedsTheXsrfHeaderASignedInUserAndWellFormedStorage() throws Exception {
        long pageId = newPage("Edit: refused", "<p>kept</p>");

        assertThat(http().postForm("/pages/doeditpage.action", basic("alice", "alice"),
                "pageId", Long.toString(pageId), "storage", "<p>x</p>").statusCode()).isEqualTo(403);
        assertThat(http().postForm("/pages/doeditpage.action", noXsrfCheck(),
                "pageId", Long.toString(pageId), "storage", "<p>x</p>").statusCode()).isEqualTo(401);
        assertThat(save(pageId, "<p>unclosed", "alice").statusCode()).isEqualTo(400);
        assertThat(host.directory().body(pageId)).isEqualTo("<p>kept</p>");
    }

    @Test
    void aPageHoldingWhatTheEditorCannotSaveBackIsNotOfferedForEditing() throws Exception {
        long pageId = newPage("Edit: link element", "<p><ac:link><ri:page ri:content-title=\"Home\"/></ac:link></p>");

        HttpResponse<String> page = http().get("/pages/editpage.action?pageId=" + pageId, basic("alice", "alice"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"editor-refused\"").contains("&lt;ac:link&gt;").doesNotContain("wysiwygTextarea");
    }
}
