package org.journeymaps.rest.jira;

import java.time.Instant;
import java.util.Map;
import org.journeymaps.app.jira.JiraDirectory;
import org.journeymaps.domain.jira.IssueLink;
import org.journeymaps.domain.jira.StatusCategory;

/**
 * A Jira issue linked to a card, with what was last read of it; {@code url} opens it in Jira (null when its server
 * is no longer configured), {@code error} says why the last read failed.
 */
public record IssueDto(long cardId, String server, String key, String url, String summary, String status,
                       StatusCategory statusCategory, Instant syncedAt, JiraErrorDto error) {

    /** {@code serverUrls}: each Jira server's base URL by id. */
    public static IssueDto of(IssueLink link, Map<String, String> serverUrls) {
        String base = serverUrls.get(link.serverId());
        return new IssueDto(link.cardId(), link.serverId(), link.issueKey(),
                JiraDirectory.issueUrl(base, link.issueKey()), link.summary(), link.status(),
                link.statusCategory(), link.syncedAt(), JiraErrorDto.of(link.error()));
    }
}
