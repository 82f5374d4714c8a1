package it.org.journeymaps.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import it.org.journeymaps.support.Api;
import it.org.journeymaps.support.FreshMap;
import it.org.journeymaps.support.RunningDevHost;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.journeymaps.devhost.jira.JiraSandbox;
import org.journeymaps.devhost.jira.JiraSandbox.Fault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Jira endpoints against devhost's Jira sandbox: pickers, create (idempotent per request id, also after a
 * timeout), link, unlink, refresh and roll-up, each with the demo users' permissions, and every sandbox fault
 * answered in the agreed error shape without losing anything stored.
 */
class JiraApiTest {

    @RegisterExtension
    static final RunningDevHost devhost = new RunningDevHost();

    private final Api alice = devhost.as("alice");
    private FreshMap map;
    private long painPointId;

    @BeforeEach
    void painPoint() {
        map = devhost.page("Jira " + UUID.randomUUID()).as("alice").newMap("Jira");
        painPointId = map.addCard(map.firstStageId(), map.laneIds().get(1), "Checkout asks for an account");
    }

    @AfterEach
    void noFault() {
        sandbox().setFault(Fault.NONE);
    }

    @Test
    void pickersListTheSandboxServerItsProjectsAndIssueTypes() {
        JsonNode servers = alice.get("/jira/servers").expect(200).json();
        assertThat(servers.path(0).path("id").asText()).isEqualTo("direct");
        assertThat(servers.path(0).path("url").asText()).endsWith(JiraSandbox.PATH);
        assertThat(alice.get("/jira/projects?server=direct").expect(200).json().findValuesAsText("key"))
                .containsExactly("CX", "IT");
        JsonNode types = alice.get("/jira/issuetypes?server=direct&project=CX").expect(200).json();
        assertThat(types.path(0).path("name").asText()).isEqualTo("Task");
        assertThat(types.path(0).path("requiredFields").findValuesAsText("key")).contains("summary");
        assertThat(alice.get("/jira/projects?server=nope").expect(400).json().path("errors").path(0).path("field")
                .asText()).isEqualTo("server");
        devhost.anonymous().get("/jira/servers").expect(401);
    }

    @Test
    void createAnswersTheLinkAndARetryWithTheSameRequestIdCreatesNothingMore() {
        long revision = revision();
        Map<String, Object> body = createBody(UUID.randomUUID().toString());
        JsonNode link = alice.post(issuesPath(), body).expect(201).json();
        String key = link.path("key").asText();
        assertThat(key).startsWith("CX-");
        assertThat(link.path("status").asText()).isEqualTo("To Do");
        assertThat(link.path("statusCategory").asText()).isEqualTo("NEW");
        assertThat(link.path("url").asText()).endsWith(JiraSandbox.PATH + "/browse/" + key);
        assertThat(link.path("cardId").asLong()).isEqualTo(painPointId);
        assertThat(link.path("error").isNull()).isTrue();
        assertThat(revision()).isGreaterThan(revision);
        int issues = sandbox().issues().size();

        assertThat(alice.post(issuesPath(), body).expect(201).json().path("key").asText()).isEqualTo(key);
        assertThat(sandbox().issues()).hasSize(issues);
        JiraSandbox.Issue created = sandbox().issue(key).orElseThrow();
        assertThat(sandbox().remoteLinks(created)).singleElement().satisfies(remote -> {
            assertThat(remote.globalId()).startsWith("appId=").endsWith("&pageId=" + map.pageId());
            assertThat(remote.json()).contains("\"com.atlassian.confluence\"", "\"mentioned in\"");
        });
    }

    @Test
    void aRetryAfterATimeoutLinksTheIssueJiraCreatedAnyway() {
        Map<String, Object> body = createBody(UUID.randomUUID().toString());
        sandbox().setFault(Fault.SLOW);
        int issues = sandbox().issues().size();
        JsonNode timeout = alice.post(issuesPath(), body).expect(503).json();
        assertThat(timeout.path("jira").path("code").asText()).isEqualTo("TIMEOUT");
        sandbox().setFault(Fault.NONE);
        awaitIssues(issues + 1);

        JsonNode link = alice.post(issuesPath(), body).expect(201).json();
        assertThat(sandbox().issues()).hasSize(issues + 1);
        assertThat(link.path("key").asText()).isEqualTo(sandbox().issues().get(issues).key());
    }

    @Test
    void linkUnlinkAndRefreshFollowThePagePermissions() {
        Map<String, Object> link = Map.of("link", Map.of("server", "direct", "key", "cx-1"));
        devhost.as("bob").post(issuesPath(), link).expect(403);
        devhost.as("carol").post(issuesPath(), link).expect(404);
        devhost.anonymous().post(issuesPath(), link).expect(401);
        JsonNode linked = alice.post(issuesPath(), link).expect(201).json();
        assertThat(linked.path("key").asText()).isEqualTo("CX-1");
        assertThat(linked.path("statusCategory").asText()).isEqualTo("DONE");

        assertThat(devhost.as("bob").post(map.path() + "/issues/refresh", null).expect(200).json()
                .findValuesAsText("key")).containsExactly("CX-1");
        devhost.as("carol").post(map.path() + "/issues/refresh", null).expect(404);
        devhost.anonymous().post(map.path() + "/issues/refresh", null).expect(401);

        devhost.as("bob").delete(issuesPath() + "/CX-1").expect(403);
        long revision = revision();
        alice.delete(issuesPath() + "/CX-1").expect(204);
        assertThat(revision()).isGreaterThan(revision);
        assertThat(sandbox().issue("CX-1")).isPresent();
        alice.delete(issuesPath() + "/CX-1").expect(404);
    }

    @Test
    void linkingAKeyJiraDoesNotKnowNamesTheField() {
        JsonNode error = alice.post(issuesPath(), Map.of("link", Map.of("server", "direct", "key", "CX-9999")))
                .expect(400).json();
        assertThat(error.path("errors").path(0).path("field").asText()).isEqualTo("link.key");
        assertThat(alice.post(issuesPath(), Map.of("link", Map.of("server", "direct", "key", "not a key")))
                .expect(400).json().path("errors").path(0).path("field").asText()).isEqualTo("link.key");
    }

    @Test
    void aDoneIssueResolvesItsPainPointInTheRollupAfterARefresh() {
        String key = alice.post(issuesPath(), createBody(UUID.randomUUID().toString())).expect(201).json()
                .path("key").asText();
        JsonNode rollup = alice.get(map.path()).expect(200).json().path("rollup");
        assertThat(rollup.path("resolved").asInt()).isZero();
        assertThat(rollup.path("total").asInt()).isEqualTo(1);

        assertThat(sandbox().transition(key, "Done")).isTrue();
        JsonNode refreshed = alice.post(map.path() + "/issues/refresh?force=true", null).expect(200).json();
        assertThat(refreshed.path(0).path("statusCategory").asText()).isEqualTo("DONE");
        JsonNode after = alice.get(map.path()).expect(200).json().path("rollup");
        assertThat(after.path("resolved").asInt()).isEqualTo(1);
        assertThat(after.path("stages").path(0).path("resolved").asInt()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource({"DOWN, 503, UNREACHABLE", "UNAUTHORIZED, 502, UNAUTHORIZED", "FORBIDDEN, 502, FORBIDDEN",
            "RATE_LIMITED, 429, RATE_LIMITED", "SERVER_ERROR, 502, SERVER_ERROR", "MALFORMED, 502, BAD_RESPONSE"})
    void aFailingJiraIsReportedAndNothingStoredIsLost(Fault fault, int status, String code) {
        alice.post(issuesPath(), Map.of("link", Map.of("server", "direct", "key", "CX-2"))).expect(201);
        String before = alice.get(map.path()).expect(200).json().path("cards").toString();
        sandbox().setFault(fault);

        var refused = alice.post(issuesPath(), Map.of("link", Map.of("server", "direct", "key", "CX-3")))
                .expect(status);
        assertThat(refused.json().path("jira").path("code").asText()).isEqualTo(code);
        if (fault == Fault.RATE_LIMITED) {
            assertThat(refused.header("Retry-After")).contains("30");
            assertThat(refused.json().path("jira").path("retryAfterSeconds").asInt()).isEqualTo(30);
        }
        JsonNode refreshed = alice.post(map.path() + "/issues/refresh?force=true", null).expect(200).json();
        assertThat(refreshed.path(0).path("error").path("code").asText()).isEqualTo(code);
        assertThat(refreshed.path(0).path("status").asText()).isEqualTo("In Progress");

        sandbox().setFault(Fault.NONE);
        JsonNode card = alice.get(map.path()).expect(200).json().path("cards");
        assertThat(card.findValuesAsText("key")).containsExactly("CX-2");
        assertThat(card.findValuesAsText("status")).contains("In Progress");
        assertThat(before).contains("CX-2");
    }

    private String issuesPath() {
        return map.path() + "/cards/" + painPointId + "/issues";
    }

    private static Map<String, Object> createBody(String requestId) {
        return Map.of("create", Map.of("server", "direct", "project", "CX", "issueType", "10001",
                "summary", "Checkout asks for an account", "labels", List.of("checkout")), "requestId", requestId);
    }

    private long revision() {
        return map.revision();
    }

    private static JiraSandbox sandbox() {
        return devhost.host().jiraSandbox().orElseThrow();
    }

    /** The sandbox finishes a slow request after the app gave up on it. */
    private static void awaitIssues(int count) {
        long deadline = System.currentTimeMillis() + 10_000;
        while (sandbox().issues().size() < count && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
