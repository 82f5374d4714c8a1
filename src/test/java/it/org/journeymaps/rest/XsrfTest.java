package it.org.journeymaps.rest;

import it.org.journeymaps.support.ApiResponse;
import it.org.journeymaps.support.EndpointCall;
import it.org.journeymaps.support.FreshMap;
import it.org.journeymaps.support.RunningDevHost;
import it.org.journeymaps.support.TestPage;
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

    private static final TestPage page = devhost.page("XSRF checks").as("alice");

    static List<EndpointCall> writes() {
        return EndpointCall.writes();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writes")
    void aMutationWithoutTheTokenIsRefusedWith403AndChangesNothing(EndpointCall call) {
        FreshMap map = page.newMap("XSRF " + call);
        String before = map.snapshot();

        ApiResponse response = call.apply(page.user().withoutXsrfToken(), map);

        assertThat(assertError(response, 403).path("message").asText()).contains("XSRF");
        assertThat(map.snapshot()).as("nothing changed").isEqualTo(before);
    }

    @Test
    void aTokenOtherThanNoCheckIsRefusedToo() {
        FreshMap map = page.newMap("XSRF wrong token");

        ApiResponse response = page.user().withoutXsrfToken().send("PATCH", map.path(), "application/json",
                "{\"version\": 1, \"title\": \"Changed\"}", "X-Atlassian-Token", "nocheck");

        assertError(response, 403);
        assertThat(page.user().get(map.path()).json().path("title").asText()).isEqualTo("XSRF wrong token");
    }

    @Test
    void readsNeedNoToken() {
        FreshMap map = page.newMap("XSRF read");

        assertThat(devhost.as("bob").withoutXsrfToken().get(map.path()).status()).isEqualTo(200);
        assertThat(devhost.as("bob").withoutXsrfToken().get("/maps?pageId=" + page.id()).status()).isEqualTo(200);
        assertThat(devhost.as("bob").withoutXsrfToken().get("/spaces/DEMO/personas").status()).isEqualTo(200);
    }

    @Test
    void theTokenIsCheckedBeforeTheBody() {
        ApiResponse response = page.user().withoutXsrfToken().post("/maps",
                Map.of("pageId", page.id(), "title", "x".repeat(300)));

        assertError(response, 403);
    }
}
