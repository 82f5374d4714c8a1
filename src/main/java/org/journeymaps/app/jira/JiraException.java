package org.journeymaps.app.jira;

import org.journeymaps.domain.jira.JiraError;

/** A call to Jira failed; {@link #error()} says how, in terms the API passes on. */
public class JiraException extends RuntimeException {
    private final transient JiraError error;

    public JiraException(JiraError error) {
        super(error.code() + ": " + error.message());
        this.error = error;
    }

    public JiraException(JiraError error, Throwable cause) {
        super(error.code() + ": " + error.message(), cause);
        this.error = error;
    }

    public JiraError error() {
        return error;
    }
}
