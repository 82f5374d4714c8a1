package org.journeymaps.domain.jira;

import java.time.Instant;

/**
 * A card's link to a Jira issue, with what we last read of it (summary, status, status category) and when;
 * {@code error} says why the last read failed, or is null. A failed read keeps what was read before.
 */
public record IssueLink(long id, long cardId, String serverId, String issueKey, String summary, String status,
                        StatusCategory statusCategory, Instant syncedAt, JiraError error) {

    /** Jira considers the issue finished. */
    public boolean isDone() {
        return statusCategory == StatusCategory.DONE;
    }

    /** What Jira answered at {@code at}; the error is cleared. */
    public IssueLink synced(String newSummary, String newStatus, StatusCategory newCategory, Instant at) {
        return new IssueLink(id, cardId, serverId, issueKey, newSummary, newStatus, newCategory, at, null);
    }

    /** The last read failed with {@code failure}; what was read before is kept. */
    public IssueLink failed(JiraError failure) {
        return new IssueLink(id, cardId, serverId, issueKey, summary, status, statusCategory, syncedAt, failure);
    }

    public IssueLink withId(long newId) {
        return new IssueLink(newId, cardId, serverId, issueKey, summary, status, statusCategory, syncedAt, error);
    }
}
