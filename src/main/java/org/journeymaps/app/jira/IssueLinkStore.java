package org.journeymaps.app.jira;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.journeymaps.domain.jira.IssueLink;

/**
 * The cards' Jira issue links and the issue-creation requests in flight. Callers bump the map's revision in the
 * same transaction when a link is added or removed.
 */
public interface IssueLinkStore {

    List<IssueLink> linksOfMap(long mapId);

    List<IssueLink> linksOfCard(long cardId);

    long insertLink(long mapId, IssueLink link);

    void deleteLink(long linkId);

    /** Stores what was last read from Jira (summary, status, category, synced at, error) of these links. */
    void updateSync(Collection<IssueLink> links);

    Optional<IssueRequest> findRequest(long cardId, String requestId);

    /** Records a creation request before Jira is called, so a retry can tell it may already have happened. */
    void insertRequest(IssueRequest request);

    /** Records the issue a request created. */
    void completeRequest(long cardId, String requestId, String issueKey);

    /** A request to create an issue for a card; {@code issueKey} is null until Jira has answered. */
    record IssueRequest(long mapId, long cardId, String requestId, String serverId, String issueKey) {
    }
}
