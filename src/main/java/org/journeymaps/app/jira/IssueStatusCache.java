package org.journeymaps.app.jira;

import java.util.Optional;
import org.journeymaps.app.jira.JiraGateway.JiraIssue;

/** What Jira last answered about an issue, kept for a few minutes (like Confluence's Jira macro) and shared by nodes. */
public interface IssueStatusCache {

    Optional<JiraIssue> get(String serverId, String key);

    void put(String serverId, JiraIssue issue);
}
