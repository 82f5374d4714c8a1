package org.journeymaps.rest.jira;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.journeymaps.domain.jira.JiraError;
import org.journeymaps.domain.jira.JiraErrorCode;

/** Why a call to Jira failed; {@code authorisationUrl} when the user must connect to Jira first. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JiraErrorDto(JiraErrorCode code, String message, String authorisationUrl, Integer retryAfterSeconds) {

    public static JiraErrorDto of(JiraError error) {
        return error == null ? null
                : new JiraErrorDto(error.code(), error.message(), error.authorisationUrl(), error.retryAfterSeconds());
    }
}
