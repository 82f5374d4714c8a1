package org.journeymaps.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.applinks.api.ApplicationLink;
import com.atlassian.applinks.api.ApplicationLinkRequest;
import com.atlassian.applinks.api.ApplicationLinkRequestFactory;
import com.atlassian.applinks.api.ApplicationLinkResponseHandler;
import com.atlassian.applinks.api.CredentialsRequiredException;
import com.atlassian.sal.api.net.Request;
import com.atlassian.sal.api.net.Response;
import com.atlassian.sal.api.net.ResponseException;
import com.atlassian.sal.api.net.ResponseTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.journeymaps.app.jira.JiraException;
import org.journeymaps.domain.jira.JiraErrorCode;
import org.journeymaps.jira.JiraTransport.JiraReply;
import org.journeymaps.jira.JiraTransport.Method;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The application-link transport: requests as the user, consent, timeouts and unreachable Jira. */
class ApplinkJiraTransportTest {
    private final ApplicationLink link = mock(ApplicationLink.class);
    private final ApplicationLinkRequestFactory factory = mock(ApplicationLinkRequestFactory.class);
    private final ApplicationLinkRequest request = mock(ApplicationLinkRequest.class);
    private final ApplinkJiraTransport transport = new ApplinkJiraTransport(link, Duration.ofSeconds(5),
            Duration.ofSeconds(10));

    @BeforeEach
    void link() throws Exception {
        when(link.getName()).thenReturn("Jira");
        when(link.createAuthenticatedRequestFactory()).thenReturn(factory);
        when(factory.createRequest(any(), any())).thenReturn(request);
        when(factory.getAuthorisationURI()).thenReturn(URI.create("https://jira.test/plugins/servlet/oauth/authorize"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void postsJsonAndAnswersTheStatusBodyAndRetryAfter() throws Exception {
        Response response = mock(Response.class);
        when(response.getStatusCode()).thenReturn(429);
        when(response.getResponseBodyAsString()).thenReturn("{}");
        when(response.getHeaders()).thenReturn(Map.of("retry-after", "12"));
        when(request.execute(any(ApplicationLinkResponseHandler.class))).thenAnswer(
                call -> ((ApplicationLinkResponseHandler<JiraReply>) call.getArgument(0)).handle(response));

        JiraReply reply = transport.send(Method.POST, "/rest/api/2/search", "{\"jql\":\"key in (CX-1)\"}");

        assertThat(reply).isEqualTo(new JiraReply(429, "{}", 12));
        verify(factory).createRequest(eq(Request.MethodType.POST), eq("/rest/api/2/search"));
        verify(request).addHeader("Content-Type", "application/json");
        verify(request).setRequestBody("{\"jql\":\"key in (CX-1)\"}");
        verify(request).setSoTimeout(10_000);
    }

    @Test
    void aUserWhoHasNotConsentedGetsTheAuthorisationUrl() throws Exception {
        CredentialsRequiredException consent = mock(CredentialsRequiredException.class);
        when(consent.getAuthorisationURI()).thenReturn(URI.create("https://jira.test/oauth?x=1"));
        when(factory.createRequest(any(), any())).thenThrow(consent);

        JiraException failure = failure(() -> transport.send(Method.GET, "/rest/api/2/project", null));

        assertThat(failure.error().code()).isEqualTo(JiraErrorCode.CREDENTIALS_REQUIRED);
        assertThat(failure.error().authorisationUrl()).isEqualTo("https://jira.test/oauth?x=1");
    }

    @Test
    @SuppressWarnings("unchecked")
    void credentialsRequiredInTheAnswerAlsoAsksForConsent() throws Exception {
        when(request.execute(any(ApplicationLinkResponseHandler.class))).thenAnswer(call ->
                ((ApplicationLinkResponseHandler<JiraReply>) call.getArgument(0)).credentialsRequired(mock(Response.class)));

        assertThat(failure(() -> transport.send(Method.GET, "/rest/api/2/project", null)).error().authorisationUrl())
                .isEqualTo("https://jira.test/plugins/servlet/oauth/authorize");
    }

    @Test
    @SuppressWarnings("unchecked")
    void timeoutsAndTransportFailuresAreTyped() throws Exception {
        when(request.execute(any(ApplicationLinkResponseHandler.class)))
                .thenThrow(mock(ResponseTimeoutException.class)).thenThrow(mock(ResponseException.class));

        assertThat(failure(() -> transport.send(Method.GET, "/x", null)).error().code()).isEqualTo(JiraErrorCode.TIMEOUT);
        assertThat(failure(() -> transport.send(Method.GET, "/x", null)).error().code())
                .isEqualTo(JiraErrorCode.UNREACHABLE);
    }

    private static JiraException failure(Runnable call) {
        try {
            call.run();
        } catch (JiraException e) {
            return e;
        }
        throw new AssertionError("Expected a JiraException");
    }
}
