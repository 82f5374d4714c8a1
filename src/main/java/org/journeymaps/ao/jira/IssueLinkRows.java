package org.journeymaps.ao.jira;

import org.journeymaps.ao.kernel.AoValues;
import org.journeymaps.ao.kernel.RowValues;
import org.journeymaps.ao.kernel.Rows;
import org.journeymaps.ao.map.AoJourneyMap;
import org.journeymaps.ao.structure.AoCard;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.java.ao.Query;
import org.journeymaps.domain.jira.IssueLink;
import org.journeymaps.domain.jira.JiraError;
import org.journeymaps.domain.jira.JiraErrorCode;
import org.journeymaps.domain.jira.StatusCategory;

/** The Jira issue links of cards: read with their map, written by the Jira use cases, deleted with their cards. */
public final class IssueLinkRows {
    private final Rows rows;

    public IssueLinkRows(Rows rows) {
        this.rows = rows;
    }

    public List<IssueLink> ofMap(long mapId) {
        return rows.where(AoIssueLink.class, "MAP_ID", mapId, "\"ID\"", IssueLinkRows::toDomain);
    }

    List<IssueLink> ofCard(long cardId) {
        return rows.where(AoIssueLink.class, "CARD_ID", cardId, "\"ID\"", IssueLinkRows::toDomain);
    }

    long insert(long mapId, IssueLink link) {
        AoIssueLink row = rows.ao().create(AoIssueLink.class, new RowValues()
                .with("MAP_ID", rows.existing(AoJourneyMap.class, mapId))
                .with("CARD_ID", rows.existing(AoCard.class, link.cardId()))
                .with("SERVER_ID", link.serverId())
                .with("ISSUE_KEY", link.issueKey())
                .toMap());
        writeSync(row, link);
        return row.getID();
    }

    void delete(long linkId) {
        rows.ao().deleteWithSQL(AoIssueLink.class, "ID = ?", AoValues.key(linkId));
    }

    void updateSync(Collection<IssueLink> links) {
        Map<Long, IssueLink> byId = links.stream().collect(Collectors.toMap(IssueLink::id, Function.identity()));
        for (List<Long> ids : Rows.chunks(byId.keySet())) {
            for (AoIssueLink row : rows.list(AoIssueLink.class,
                    Query.select().where(Rows.idIn("ID", ids.size()), Rows.keys(ids)))) {
                writeSync(row, byId.get((long) row.getID()));
            }
        }
    }

    public void deleteOfCards(Collection<Long> cardIds) {
        rows.deleteWhereIn(AoIssueLink.class, "CARD_ID", cardIds);
    }

    private static void writeSync(AoIssueLink row, IssueLink link) {
        row.setSummary(link.summary());
        row.setStatusName(link.status());
        row.setStatusCategory(link.statusCategory() == null ? null : link.statusCategory().name());
        row.setSyncedAt(link.syncedAt() == null ? null : AoValues.date(link.syncedAt()));
        row.setSyncErrorCode(link.error() == null ? null : link.error().code().name());
        row.setSyncError(link.error() == null ? null : link.error().message());
        row.save();
    }

    static IssueLink toDomain(AoIssueLink row) {
        return new IssueLink(row.getID(), row.getCard().getID(), row.getServerId(), row.getIssueKey(),
                row.getSummary(), row.getStatusName(), category(row.getStatusCategory()),
                AoValues.instant(row.getSyncedAt()), error(row.getSyncErrorCode(), row.getSyncError()));
    }

    /** Tolerates what older rows hold: Jira's lower-case category keys, or nothing. */
    private static StatusCategory category(String stored) {
        return StatusCategory.fromJiraKey(stored);
    }

    private static JiraError error(String code, String message) {
        if (code == null) {
            return null;
        }
        JiraErrorCode known = Arrays.stream(JiraErrorCode.values())
                .filter(candidate -> candidate.name().equals(code)).findFirst().orElse(JiraErrorCode.BAD_RESPONSE);
        return JiraError.of(known, message);
    }
}
