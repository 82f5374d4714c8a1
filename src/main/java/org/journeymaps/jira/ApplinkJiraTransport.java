package org.journeymaps.jira;

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
import org.journeymaps.domain.jira.JiraError;
import org.journeymaps.domain.jira.JiraErrorCode;

/**
 * Jira over a Confluence application link, as the current user (OAuth): Confluence's own way to call Jira. A user
 * who has not yet consented gets CREDENTIALS_REQUIRED with the URL where they can.
 */
final class ApplinkJiraTransport implements JiraTransport {
    private final ApplicationLink link;
    private final Duration connectTimeout;
    private final Duration readTimeout;

    ApplinkJiraTransport(ApplicationLink link, Duration connectTimeout, Duration readTimeout) {
        this.link = link;
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
    }

    @Override
    public JiraReply send(Method method, String path, String json) {
        ApplicationLinkRequestFactory factory = link.createAuthenticatedRequestFactory();
        try {
            ApplicationLinkRequest request = factory.createRequest(
                    method == Method.POST ? Request.MethodType.POST : Request.MethodType.GET, path);
            request.setConnectionTimeout((int) connectTimeout.toMillis());
            request.setSoTimeout((int) readTimeout.toMillis());
            request.addHeader("Accept", "application/json");
            if (json != null) {
                request.addHeader("Content-Type", "application/json");
                request.setRequestBody(json);
            }
            JiraReply reply = request.execute(new ReplyHandler());
            if (reply == null) {
                throw consentNeeded(factory.getAuthorisationURI());
            }
            return reply;
        } catch (CredentialsRequiredException e) {
            throw consentNeeded(e.getAuthorisationURI());
        } catch (ResponseTimeoutException e) {
            throw new JiraException(JiraError.of(JiraErrorCode.TIMEOUT, link.getName() + " did not answer in time."), e);
        } catch (ResponseException e) {
            throw new JiraException(JiraError.of(JiraErrorCode.UNREACHABLE, link.getName() + " cannot be reached."), e);
        }
    }

    private JiraException consentNeeded(URI authorisationUri) {
        return new JiraException(new JiraError(JiraErrorCode.CREDENTIALS_REQUIRED,
                "Connect to " + link.getName() + " first: Jira needs your permission.",
                authorisationUri == null ? null : authorisationUri.toString(), null));
    }

    /** Any HTTP answer becomes a reply; "credentials required" becomes null, for the caller to turn into consent. */
    private static final class ReplyHandler implements ApplicationLinkResponseHandler<JiraReply> {
        @Override
        public JiraReply credentialsRequired(Response response) {
            return null;
        }

        @Override
        public JiraReply handle(Response response) throws ResponseException {
            Map<String, String> headers = response.getHeaders();
            String retryAfter = headers == null ? null : headers.entrySet().stream()
                    .filter(header -> header.getKey().equalsIgnoreCase("Retry-After"))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
            return new JiraReply(response.getStatusCode(), response.getResponseBodyAsString(),
                    JiraTransport.retryAfter(retryAfter));
        }
    }
}
