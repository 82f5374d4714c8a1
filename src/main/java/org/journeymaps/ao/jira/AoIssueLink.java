package org.journeymaps.ao.jira;

import org.journeymaps.ao.map.AoJourneyMap;
import org.journeymaps.ao.structure.AoCard;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

import java.util.Date;

/** A Jira issue linked to a card, with the status last read from Jira. */
// Every column listed, foreign keys included: AO's "*" leaves foreign keys out, so each row would cost a
// SELECT more when its parent is read.
@Preload({
        "mapId", "cardId", "serverId", "issueKey", "summary", "statusName", "statusCategory", "syncedAt",
        "syncErrorCode", "syncError"
})
@Table("IssueLink")
public interface AoIssueLink extends Entity {

    @NotNull
    AoJourneyMap getMap();

    void setMap(AoJourneyMap map);

    @NotNull
    AoCard getCard();

    void setCard(AoCard card);

    @NotNull
    String getServerId();

    void setServerId(String serverId);

    @NotNull
    @Indexed
    String getIssueKey();

    void setIssueKey(String issueKey);

    @StringLength(StringLength.MAX_LENGTH)
    String getSummary();

    void setSummary(String summary);

    String getStatusName();

    void setStatusName(String statusName);

    String getStatusCategory();

    void setStatusCategory(String statusCategory);

    Date getSyncedAt();

    void setSyncedAt(Date syncedAt);

    /** The {@code JiraErrorCode} of the last failed read; null when it succeeded. */
    String getSyncErrorCode();

    void setSyncErrorCode(String syncErrorCode);

    @StringLength(StringLength.MAX_LENGTH)
    String getSyncError();

    void setSyncError(String syncError);
}
