package org.journeymaps.ao.jira;

import org.journeymaps.ao.kernel.RowValues;
import org.journeymaps.ao.kernel.Rows;
import java.util.List;
import java.util.Optional;
import net.java.ao.Query;
import org.journeymaps.app.jira.IssueLinkStore.IssueRequest;

/** Requests to create Jira issues, by card and client request id. */
final class IssueRequestRows {
    private final Rows rows;

    IssueRequestRows(Rows rows) {
        this.rows = rows;
    }

    Optional<IssueRequest> find(long cardId, String requestId) {
        return rowOf(cardId, requestId).map(row -> new IssueRequest(row.getMapId(), row.getCardId(),
                row.getRequestId(), row.getServerId(), row.getIssueKey()));
    }

    void insert(IssueRequest request) {
        rows.ao().create(AoIssueRequest.class, new RowValues()
                .with("MAP_ID", request.mapId())
                .with("CARD_ID", request.cardId())
                .with("REQUEST_ID", request.requestId())
                .with("SERVER_ID", request.serverId())
                .with("ISSUE_KEY", request.issueKey())
                .toMap());
    }

    void complete(long cardId, String requestId, String issueKey) {
        AoIssueRequest row = rowOf(cardId, requestId).orElseThrow(() -> new IllegalStateException(
                "No issue request " + requestId + " of card " + cardId));
        row.setIssueKey(issueKey);
        row.save();
    }

    private Optional<AoIssueRequest> rowOf(long cardId, String requestId) {
        List<AoIssueRequest> found = rows.list(AoIssueRequest.class,
                Query.select().where("CARD_ID = ? AND REQUEST_ID = ?", cardId, requestId));
        return found.stream().findFirst();
    }
}
