package org.journeymaps.jira;

import org.journeymaps.app.jira.JiraException;
import org.journeymaps.domain.jira.JiraError;
import org.journeymaps.domain.jira.JiraErrorCode;
import org.journeymaps.jira.JiraTransport.JiraReply;

/** Turns Jira's error statuses into the app's Jira failures, with messages a user can act on. */
final class JiraReplies {
    private JiraReplies() {
    }

    /** The body of a successful reply; any other status is a {@link JiraException}. */
    static String checked(JiraReply reply) {
        if (reply.isSuccess()) {
            return reply.body();
        }
        int status = reply.status();
        JiraError error = switch (status) {
            case 401 -> JiraError.of(JiraErrorCode.UNAUTHORIZED, "Jira did not accept our credentials.");
            case 403 -> JiraError.of(JiraErrorCode.FORBIDDEN, "Jira does not allow you to do this.");
            case 404 -> JiraError.of(JiraErrorCode.NOT_FOUND, "Jira does not know this (or you may not see it).");
            case 429 -> new JiraError(JiraErrorCode.RATE_LIMITED, "Jira asks us to slow down; try again shortly.",
                    null, reply.retryAfterSeconds());
            default -> status >= 500
                    ? JiraError.of(JiraErrorCode.SERVER_ERROR, "Jira failed (HTTP " + status + ").")
                    : JiraError.of(JiraErrorCode.BAD_RESPONSE, "Jira answered HTTP " + status + " unexpectedly.");
        };
        throw new JiraException(error);
    }
}
