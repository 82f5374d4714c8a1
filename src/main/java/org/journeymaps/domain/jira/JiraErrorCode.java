package org.journeymaps.domain.jira;

/** Why a call to Jira failed, in words the UI can explain. */
public enum JiraErrorCode {
    UNREACHABLE, TIMEOUT, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, RATE_LIMITED, SERVER_ERROR, BAD_RESPONSE,
    /** The application link needs the user's consent (OAuth dance) first; see {@link JiraError#authorisationUrl()}. */
    CREDENTIALS_REQUIRED
}
