package it.org.journeymaps.rest;

import it.org.journeymaps.support.ApiResponse;
import it.org.journeymaps.support.EndpointCall;
import it.org.journeymaps.support.FreshMap;
import it.org.journeymaps.support.RunningDevHost;
import org.journeymaps.devhost.directory.DemoDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;

import static it.org.journeymaps.support.ApiErrors.assertError;
import static org.assertj.core.api.Assertions.assertThat;

/** Confluence's XSRF rule: a mutation without {@code X-Atlassian-Token: no-check} is refused and changes nothing. */
class XsrfTest {

    @RegisterExtension
    static final RunningDevHost devhost = new RunningDevHost();

    private static long pageId;

    @BeforeAll
    static void page() {
        pageId = devhost.createPage(DemoDirectory.DEMO_SPACE, "XSRF checks");
    }

    static List<EndpointCall> writes() {
        return EndpointCall.writes();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writes")
    void aMutationWithoutTheTokenIsRefusedWith403AndChangesNothing(EndpointCall call) {
        FreshMap map = FreshMap.create(devhost.as("alice"), pageId, "XSRF " + call);
        String before = map.snapshot(devhost.as("alice"));

        ApiResponse response = call.apply(devhost.as("alice").withoutXsrfToken(), map);

        assertThat(assertError(response, 403).path("message").asText()).contains("XSRF");
        assertThat(map.snapshot(devhost.as("alice"))).as("nothing changed").isEqualTo(before);
    }

    @Test
    void aTokenOtherThanNoCheckIsRefusedToo() {
        FreshMap map = FreshMap.create(devhost.as("alice"), pageId, "XSRF wrong token");

        ApiResponse response = devhost.as("alice").withoutXsrfToken().send("PATCH", map.path(), "application/json",
                "{\"version\": 1, \"title\": \"Changed\"}", "X-Atlassian-Token", "nocheck");

        assertError(response, 403);
        assertThat(devhost.as("alice").get(map.path()).json().path("title").asText()).isEqualTo("XSRF wrong token");
    }

    @Test
    void readsNeedNoToken() {
        FreshMap map = FreshMap.create(devhost.as("alice"), pageId, "XSRF read");

        assertThat(devhost.as("bob").withoutXsrfToken().get(map.path()).status()).isEqualTo(200);
        assertThat(devhost.as("bob").withoutXsrfToken().get("/maps?pageId=" + pageId).status()).isEqualTo(200);
        assertThat(devhost.as("bob").withoutXsrfToken().get("/spaces/DEMO/personas").status()).isEqualTo(200);
    }

    @Test
    void theTokenIsCheckedBeforeTheBody() {
        ApiResponse response = devhost.as("alice").withoutXsrfToken().post("/maps",
                Map.of("pageId", pageId, "title", "x".repeat(300)));

        assertError(response, 403);
    }
}
