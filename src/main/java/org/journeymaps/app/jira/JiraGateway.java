package org.journeymaps.app.jira;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Jira servers Confluence can reach, called as the current user (Jira DC REST v2). Every method throws
 * {@link JiraException} when Jira fails or cannot be reached; an unknown server id is a {@link JiraException}
 * with code NOT_FOUND.
 */
public interface JiraGateway {

    /** The most {@link #issues} reads in one request. */
    int MAX_KEYS_PER_SEARCH = 100;

    List<JiraServer> servers();

    List<JiraProject> projects(String serverId);

    /** The issue types one can create in the project, with their required fields (per-project createmeta). */
    List<JiraIssueType> issueTypes(String serverId, String projectKey);

    /** Creates the issue and answers it as Jira now has it. */
    JiraIssue create(String serverId, NewJiraIssue issue);

    /** The issue; a key Jira does not know (or hides) is a {@link JiraException} with code NOT_FOUND. */
    JiraIssue issue(String serverId, String key);

    /**
     * The issues of at most {@link #MAX_KEYS_PER_SEARCH} keys, read in one search, by key; keys Jira no longer
     * knows (deleted, moved, hidden) are absent rather than failing the others.
     */
    Map<String, JiraIssue> issues(String serverId, Collection<String> keys);

    /** The issue carrying {@code label}, if one does. */
    Optional<JiraIssue> issueLabelled(String serverId, String label);

    /** Adds (or, for the same global id, updates) the issue's link to a Confluence page. */
    void linkToPage(String serverId, String key, PageLink page);

    /** A Jira server: an application link, or one configured directly. */
    record JiraServer(String id, String name, String url, boolean primary) {
    }

    record JiraProject(String key, String name) {
    }

    record JiraIssueType(String id, String name, List<JiraField> requiredFields) {
        public JiraIssueType {
            requiredFields = List.copyOf(requiredFields);
        }
    }

    record JiraField(String key, String name) {
    }

    /** An issue as Jira has it now. */
    record JiraIssue(String key, String summary, String status, org.journeymaps.domain.jira.StatusCategory category) {
    }

    record NewJiraIssue(String projectKey, String issueTypeId, String summary, String description,
                        List<String> labels) {
        public NewJiraIssue {
            labels = List.copyOf(labels);
        }
    }

    /** A remote link back to a Confluence page, as Confluence itself makes them ("mentioned in"). */
    record PageLink(String globalId, String applicationName, String url, String title) {
    }
}
