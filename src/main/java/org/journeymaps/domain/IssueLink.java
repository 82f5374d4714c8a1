package org.journeymaps.domain;

import java.time.Instant;

/**
 * A card's link to a Jira issue, with what we last read of it (summary, status, status category) and when;
 * {@code error} says why the last read failed, or is null.
 */
public record IssueLink(long id, long cardId, String serverId, String issueKey, String summary, String status,
                        String statusCategory, Instant syncedAt, String error) {
}
