package org.journeymaps.ao;

import java.util.Collection;
import java.util.List;
import org.journeymaps.domain.IssueLink;

/** The Jira issue links of cards: read with their map, deleted with their cards. */
final class IssueLinkRows {
    private final Rows rows;

    IssueLinkRows(Rows rows) {
        this.rows = rows;
    }

    List<IssueLink> ofMap(long mapId) {
        return rows.where(AoIssueLink.class, "MAP_ID", mapId, "\"ID\"", IssueLinkRows::toDomain);
    }

    void deleteOfCards(Collection<Long> cardIds) {
        rows.deleteWhereIn(AoIssueLink.class, "CARD_ID", cardIds);
    }

    static IssueLink toDomain(AoIssueLink row) {
        return new IssueLink(row.getID(), row.getCard().getID(), row.getServerId(), row.getIssueKey(),
                row.getSummary(), row.getStatusName(), row.getStatusCategory(), AoValues.instant(row.getSyncedAt()),
                row.getSyncError());
    }
}
