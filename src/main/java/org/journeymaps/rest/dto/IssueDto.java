package org.journeymaps.rest.dto;

import org.journeymaps.domain.IssueLink;

/** A Jira issue linked to a card, with the status last read from Jira. */
public record IssueDto(String server, String key, String summary, String status, String statusCategory,
                       String error) {

    public static IssueDto of(IssueLink link) {
        return new IssueDto(link.serverId(), link.issueKey(), link.summary(), link.status(),
                link.statusCategory(), link.error());
    }
}
