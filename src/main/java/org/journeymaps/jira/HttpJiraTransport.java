package org.journeymaps.jira;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.journeymaps.app.jira.JiraException;
import org.journeymaps.domain.jira.JiraError;
import org.journeymaps.domain.jira.JiraErrorCode;

/** Jira called directly: its base URL, a personal access token sent as Bearer, and bounded waits. */
final class HttpJiraTransport implements JiraTransport {
    private final URI baseUrl;
    private final String token;
    private final Duration readTimeout;
    private final HttpClient client;

    HttpJiraTransport(URI baseUrl, String token, Duration connectTimeout, Duration readTimeout) {
        this.baseUrl = baseUrl;
        this.token = token;
        this.readTimeout = readTimeout;
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public JiraReply send(Method method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(readTimeout)
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + token);
        if (method == Method.POST) {
            request.header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        } else {
            request.GET();
        }
        try {
            HttpResponse<String> response = client.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new JiraReply(response.statusCode(), response.body(),
                    JiraTransport.retryAfter(response.headers().firstValue("Retry-After").orElse(null)));
        } catch (HttpConnectTimeoutException e) {
            throw new JiraException(JiraError.of(JiraErrorCode.UNREACHABLE, "Jira at " + baseUrl
                    + " did not accept the connection in time."), e);
        } catch (HttpTimeoutException e) {
            throw new JiraException(JiraError.of(JiraErrorCode.TIMEOUT, "Jira at " + baseUrl
                    + " did not answer in time."), e);
        } catch (IOException e) {
            throw new JiraException(JiraError.of(JiraErrorCode.UNREACHABLE, "Jira at " + baseUrl
                    + " cannot be reached."), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JiraException(JiraError.of(JiraErrorCode.TIMEOUT, "The call to Jira was interrupted."), e);
        }
    }
}
