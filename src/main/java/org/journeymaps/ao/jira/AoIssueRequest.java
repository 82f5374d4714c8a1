package org.journeymaps.ao.jira;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * A request to create a Jira issue for a card, recorded before Jira is called so a retry never creates a second
 * issue. Map and card are plain ids, not foreign keys: a request outlives nothing it could block (deleting a card
 * or map must not fail on it), and a request of a deleted card is never looked up again.
 */
@Preload("*")
@Table("IssueRequest")
public interface AoIssueRequest extends Entity {

    long getMapId();

    void setMapId(long mapId);

    @Indexed
    long getCardId();

    void setCardId(long cardId);

    @NotNull
    String getRequestId();

    void setRequestId(String requestId);

    @NotNull
    String getServerId();

    void setServerId(String serverId);

    String getIssueKey();

    void setIssueKey(String issueKey);
}
