package it.devhost;

import com.atlassian.confluence.pages.DevHostPages;
import org.journeymaps.devhost.DevHost;
import org.journeymaps.devhost.DevHostConfig;
import org.journeymaps.devhost.directory.DemoDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import static it.devhost.Http.basic;
import static it.devhost.Http.noXsrfCheck;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Devhost hosts REST modules with Confluence's authentication, XSRF rule and access annotations. */
class DevHostRestTest {

    private static final String PROBE = "/rest/devhost-test/1.0/probe";

    @TempDir
    static Path dataDir;
    private static DevHost host;

    @BeforeAll
    static void start() throws Exception {
        host = DevHost.start(testConfig(dataDir).withExtraRestModule("/devhost-test", "1.0", ProbeResource.class));
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    static DevHostConfig testConfig(Path dataDir) {
        return DevHostConfig.defaults().withPort(0).withDataDir(dataDir).withSeeders(List.of());
    }

    @Test
    void anonymousCallerOfALicensedOnlyResourceGets401JsonWithoutABasicChallenge() throws Exception {
        HttpResponse<String> response = http().get(PROBE + "/pages/1");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        assertThat(response.body()).isEqualTo("{\"status\":401,\"message\":\"Client must be authenticated to access this resource.\"}");
        assertThat(response.headers().firstValue("WWW-Authenticate")).isEmpty();
    }

    @Test
    void basicAuthenticationSignsTheCallerInAndHostServicesAreInjected() throws Exception {
        long pageId = DevHostPages.idOf(host.directory()
                .page(DemoDirectory.DEMO_SPACE, DemoDirectory.DEMO_PAGE_TITLES.get(0)).orElseThrow());

        assertThat(http().get(PROBE + "/pages/" + pageId, basic("bob", "bob")).body())
                .isEqualTo("{\"user\":\"bob\",\"canView\":true}");
        assertThat(http().get(PROBE + "/pages/" + pageId, basic("carol", "carol")).body())
                .isEqualTo("{\"user\":\"carol\",\"canView\":false}");
    }

    @Test
    void wrongBasicCredentialsGet401WithABasicChallenge() throws Exception {
        HttpResponse<String> response = http().get(PROBE + "/unrestricted", basic("bob", "nope"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"Confluence\"");
        assertThat(response.body()).contains("\"status\":401");
    }

    @Test
    void sessionSignInAuthenticatesLaterRequests() throws Exception {
        Http browser = http();
        HttpResponse<String> login = browser.postForm("/dologin.action",
                "os_username", "alice", "os_password", "alice", "os_destination", "/display/DEMO");

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValue("/display/DEMO");
        assertThat(browser.get(PROBE + "/anonymous").body()).isEqualTo("{\"user\":\"alice\"}");

        browser.get("/logout.action");
        assertThat(browser.get(PROBE + "/anonymous").statusCode()).isEqualTo(401);
    }

    @Test
    void signInWithAWrongPasswordShowsTheFormAgain() throws Exception {
        HttpResponse<String> login = http().postForm("/dologin.action", "os_username", "alice", "os_password", "bob");

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("your username and password are incorrect");
    }

    @Test
    void signInNeverRedirectsToAnotherSite() throws Exception {
        HttpResponse<String> login = http().postForm("/dologin.action",
                "os_username", "bob", "os_password", "bob", "os_destination", "//evil.example/x");

        assertThat(login.headers().firstValue("Location")).hasValue("/");
    }

    @Test
    void mutationWithoutTheXsrfHeaderIsRefusedAndWithItAccepted() throws Exception {
        HttpResponse<String> refused = http().postJson(PROBE + "/echo", "{\"a\":1}", basic("bob", "bob"));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).isEqualTo("{\"status\":403,\"message\":\"XSRF check failed\"}");

        HttpResponse<String> accepted = http().postJson(PROBE + "/echo", "{\"a\":1}", noXsrfCheck(basic("bob", "bob")));
        assertThat(accepted.statusCode()).isEqualTo(200);
        assertThat(accepted.body()).isEqualTo("{\"user\":\"bob\",\"body\":{\"a\":1},\"at\":\"2026-01-02T03:04:05Z\"}");
    }

    @Test
    void accessAnnotationsDecideWhoMayCall() throws Exception {
        assertThat(http().get(PROBE + "/unrestricted").body()).isEqualTo("{\"user\":null}");
        assertThat(http().get(PROBE + "/anonymous").statusCode()).isEqualTo(401);
        assertThat(http().get(PROBE + "/anonymous", basic("carol", "carol")).body()).isEqualTo("{\"user\":\"carol\"}");
    }

    @Test
    void theLatestVersionPathServesTheSameModule() throws Exception {
        assertThat(http().get("/rest/devhost-test/latest/probe/unrestricted").statusCode()).isEqualTo(200);
    }

    @Test
    void serverErrorsAreJsonWithoutStackTraces() throws Exception {
        HttpResponse<String> response = http().get(PROBE + "/boom", basic("bob", "bob"));

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).isEqualTo("{\"status\":500,\"message\":\"Server Error\"}");
    }

    @Test
    void unknownRestPathsAreJson404s() throws Exception {
        HttpResponse<String> response = http().get("/rest/devhost-test/1.0/nothing-here", basic("bob", "bob"));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).isEqualTo("{\"status\":404,\"message\":\"Not Found\"}");
    }

    @Test
    void aResourceMethodWithoutAccessAnnotationStopsStartUp(@TempDir Path otherDataDir) {
        assertThatThrownBy(() -> DevHost.start(testConfig(otherDataDir)
                .withExtraRestModule("/bad", "1.0", UnannotatedResource.class)))
                .hasMessageContaining(UnannotatedResource.class.getName() + ".get() has no access annotation");
    }

    private static Http http() {
        return new Http(host.baseUrl());
    }
}
