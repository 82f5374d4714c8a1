package org.journeymaps.jira;

import org.journeymaps.app.jira.JiraException;

/**
 * Sends one request to one Jira server, authenticated as that server's connection requires. A Jira that cannot be
 * reached, does not answer in time, or needs the user's consent first is a {@link JiraException}; any HTTP answer,
 * error statuses included, is a {@link JiraReply} for {@link JiraRestClient} to judge.
 */
interface JiraTransport {

    /** {@code path} from the server's base URL, e.g. {@code /rest/api/2/issue/CX-1}; {@code json} null for GET. */
    JiraReply send(Method method, String path, String json);

    enum Method { GET, POST }

    /** Jira's answer: HTTP status, body, and the {@code Retry-After} seconds if it sent one. */
    record JiraReply(int status, String body, Integer retryAfterSeconds) {
        boolean isSuccess() {
            return status >= 200 && status < 300;
        }
    }

    /** Jira's {@code Retry-After} header (seconds); null if absent or not a number of seconds. */
    static Integer retryAfter(String header) {
        if (header == null) {
            return null;
        }
        try {
            return Math.max(0, Integer.parseInt(header.trim()));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
