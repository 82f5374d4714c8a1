package org.journeymaps.jira;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.journeymaps.app.jira.JiraException;
import org.journeymaps.app.jira.JiraGateway.JiraField;
import org.journeymaps.app.jira.JiraGateway.JiraIssue;
import org.journeymaps.app.jira.JiraGateway.NewJiraIssue;
import org.journeymaps.app.jira.JiraGateway.PageLink;
import org.journeymaps.domain.kernel.InvalidFieldException;
import org.journeymaps.domain.jira.JiraErrorCode;
import org.journeymaps.domain.jira.StatusCategory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The direct REST adapter (Bearer token, java.net.http) against recorded Jira DC response shapes
 * ({@code src/test/resources/jira/}), and against every way Jira fails.
 */
class DirectJiraContractTest {
    private static final String TOKEN = "pat-123";

    private WireMockServer jira;
    private JiraRestClient client;

    @BeforeEach
    void start() {
        jira = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        jira.start();
        client = clientOf(URI.create(jira.baseUrl()), Duration.ofSeconds(20));
    }

    @AfterEach
    void stop() {
        jira.stop();
    }

    @Test
    void readsAnIssueWithItsStatusCategorySendingTheTokenAsBearer() {
        jira.stubFor(get(urlEqualTo("/rest/api/2/issue/CX-2?fields=summary,status"))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN)).willReturn(json(200, "issue-CX-2.json")));

        assertThat(client.issue("CX-2")).isEqualTo(
                new JiraIssue("CX-2", "Checkout asks for an account", "In Progress", StatusCategory.INDETERMINATE));
    }

    @Test
    void searchesAllKeysInOneRequestAndReadsLocalisedStatusesByCategoryKey() {
        jira.stubFor(post(urlEqualTo("/rest/api/2/search"))
                .withRequestBody(matchingJsonPath("$.jql", equalTo("key in (CX-1,CX-2)")))
                .withRequestBody(matchingJsonPath("$.validateQuery", equalTo("false")))
                .willReturn(json(200, "search-CX-1-CX-2.json")));

        Map<String, JiraIssue> found = client.issues(List.of("CX-1", "CX-2"));

        assertThat(found.get("CX-1").category()).isEqualTo(StatusCategory.DONE);
        assertThat(found.get("CX-1").status()).isEqualTo("Fertig");
        assertThat(found.get("CX-2").category()).isEqualTo(StatusCategory.NEW);
        jira.verify(1, postRequestedFor(urlEqualTo("/rest/api/2/search")));
    }

    @Test
    void aKeyJiraRejectsIsDroppedAndTheOthersAreStillRead() {
        jira.stubFor(post(urlEqualTo("/rest/api/2/search"))
                .withRequestBody(matchingJsonPath("$.jql", equalTo("key in (CX-1,CX-404,CX-2)")))
                .willReturn(json(400, "search-missing-key.json")));
        jira.stubFor(post(urlEqualTo("/rest/api/2/search"))
                .withRequestBody(matchingJsonPath("$.jql", equalTo("key in (CX-1,CX-2)")))
                .willReturn(json(200, "search-CX-1-CX-2.json")));

        assertThat(client.issues(List.of("CX-1", "CX-404", "CX-2"))).containsOnlyKeys("CX-1", "CX-2");
    }

    @Test
    void listsProjectsAndIssueTypesWithTheirRequiredFieldsFromPerProjectCreatemeta() {
        jira.stubFor(get(urlEqualTo("/rest/api/2/project")).willReturn(json(200, "project.json")));
        jira.stubFor(get(urlEqualTo("/rest/api/2/issue/createmeta/CX/issuetypes?maxResults=200"))
                .willReturn(json(200, "createmeta-CX-issuetypes.json")));
        jira.stubFor(get(urlEqualTo("/rest/api/2/issue/createmeta/CX/issuetypes/10001?maxResults=200"))
                .willReturn(json(200, "createmeta-CX-10001.json")));

        assertThat(client.projects()).extracting("key").containsExactly("CX", "IT");
        assertThat(client.issueTypes("CX")).singleElement().satisfies(type -> {
            assertThat(type.name()).isEqualTo("Task");
            assertThat(type.requiredFields()).containsExactly(new JiraField("summary", "Summary"),
                    new JiraField("customfield_10200", "Team"));
        });
    }

    @Test
    void createsAnIssueThenReadsItBack() {
        jira.stubFor(post(urlEqualTo("/rest/api/2/issue")).withRequestBody(equalToJson(
                "{\"fields\":{\"project\":{\"key\":\"CX\"},\"issuetype\":{\"id\":\"10001\"},\"summary\":\"S\","
                        + "\"description\":\"D\",\"labels\":[\"journey-map\"]}}"))
                .willReturn(json(201, "create-CX-3.json")));
        jira.stubFor(get(urlEqualTo("/rest/api/2/issue/CX-3?fields=summary,status"))
                .willReturn(json(200, "issue-CX-2.json")));

        assertThat(client.create(new NewJiraIssue("CX", "10001", "S", "D", List.of("journey-map"))).status())
                .isEqualTo("In Progress");
    }

    @Test
    void jirasFieldErrorsOnCreateAreBadInput() {
        jira.stubFor(post(urlEqualTo("/rest/api/2/issue")).willReturn(json(400, "create-field-error.json")));

        assertThatThrownBy(() -> client.create(new NewJiraIssue("CX", "10001", "S", null, List.of())))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("Team is required.");
    }

    @Test
    void postsTheRemoteLinkAsConfluenceDoes() {
        jira.stubFor(post(urlPathEqualTo("/rest/api/2/issue/CX-2/remotelink"))
                .willReturn(json(201, "remotelink-created.json")));

        client.linkToPage("CX-2", new PageLink("appId=abc&pageId=7", "Confluence", "http://c/p?pageId=7", "Map"));

        jira.verify(postRequestedFor(urlPathEqualTo("/rest/api/2/issue/CX-2/remotelink")).withRequestBody(equalToJson(
                "{\"globalId\":\"appId=abc&pageId=7\",\"application\":{\"type\":\"com.atlassian.confluence\","
                        + "\"name\":\"Confluence\"},\"relationship\":\"mentioned in\","
                        + "\"object\":{\"url\":\"http://c/p?pageId=7\",\"title\":\"Map\"}}")));
    }

    @ParameterizedTest(name = "HTTP {0} → {1}")
    @CsvSource({"401, UNAUTHORIZED", "403, FORBIDDEN", "404, NOT_FOUND", "500, SERVER_ERROR", "503, SERVER_ERROR",
            "302, BAD_RESPONSE"})
    void errorStatusesBecomeTypedFailures(int status, JiraErrorCode code) {
        jira.stubFor(get(urlEqualTo("/rest/api/2/issue/CX-2?fields=summary,status"))
                .willReturn(json(status, "issue-does-not-exist.json")));

        assertThat(failure(() -> client.issue("CX-2")).error().code()).isEqualTo(code);
    }

    @Test
    void rateLimitingCarriesRetryAfter() {
        jira.stubFor(post(urlEqualTo("/rest/api/2/search"))
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "42")));

        JiraException failure = failure(() -> client.issues(List.of("CX-1")));
        assertThat(failure.error().code()).isEqualTo(JiraErrorCode.RATE_LIMITED);
        assertThat(failure.error().retryAfterSeconds()).isEqualTo(42);
    }

    @Test
    void malformedJsonIsABadResponse() {
        jira.stubFor(get(urlEqualTo("/rest/api/2/issue/CX-2?fields=summary,status"))
                .willReturn(aResponse().withStatus(200).withBody("{\"key\": ")));
        jira.stubFor(get(urlEqualTo("/rest/api/2/project")).willReturn(aResponse().withStatus(200).withBody("{}")));

        assertThat(failure(() -> client.issue("CX-2")).error().code()).isEqualTo(JiraErrorCode.BAD_RESPONSE);
        assertThat(failure(client::projects).error().code()).isEqualTo(JiraErrorCode.BAD_RESPONSE);
    }

    @Test
    void aSlowJiraTimesOut() {
        jira.stubFor(get(urlEqualTo("/rest/api/2/issue/CX-2?fields=summary,status"))
                .willReturn(json(200, "issue-CX-2.json").withFixedDelay(3_000)));
        JiraRestClient impatient = clientOf(URI.create(jira.baseUrl()), Duration.ofMillis(500));

        assertThat(failure(() -> impatient.issue("CX-2")).error().code()).isEqualTo(JiraErrorCode.TIMEOUT);
    }

    @Test
    void aJiraThatIsDownOrDropsTheConnectionIsUnreachable() {
        jira.stubFor(get(urlEqualTo("/rest/api/2/issue/CX-2?fields=summary,status"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertThat(failure(() -> client.issue("CX-2")).error().code()).isEqualTo(JiraErrorCode.UNREACHABLE);

        URI down = URI.create(jira.baseUrl());
        jira.stop();
        assertThat(failure(() -> clientOf(down, Duration.ofSeconds(20)).issue("CX-2")).error().code())
                .isEqualTo(JiraErrorCode.UNREACHABLE);
    }

    private static JiraRestClient clientOf(URI baseUrl, Duration readTimeout) {
        return new JiraRestClient(new HttpJiraTransport(baseUrl, TOKEN, Duration.ofSeconds(10), readTimeout),
                new ObjectMapper());
    }

    private static JiraException failure(Runnable call) {
        try {
            call.run();
        } catch (JiraException e) {
            return e;
        }
        throw new AssertionError("Expected a JiraException");
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String fixture) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(read(fixture));
    }

    static String read(String fixture) {
        try (InputStream in = DirectJiraContractTest.class.getResourceAsStream("/jira/" + fixture)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("No fixture jira/" + fixture, e);
        }
    }
}
