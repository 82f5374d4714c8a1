package org.journeymaps.domain.jira;

/**
 * A failed call to Jira: what went wrong, a plain message, and, where they apply, where the user consents to the
 * application link and how long Jira asked us to wait.
 */
public record JiraError(JiraErrorCode code, String message, String authorisationUrl, Integer retryAfterSeconds) {

    public JiraError {
        if (code == null) {
            throw new IllegalArgumentException("code: required");
        }
    }

    public static JiraError of(JiraErrorCode code, String message) {
        return new JiraError(code, message, null, null);
    }
}
