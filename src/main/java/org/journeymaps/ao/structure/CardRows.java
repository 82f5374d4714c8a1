package org.journeymaps.ao.structure;

import org.journeymaps.ao.jira.IssueLinkRows;
import org.journeymaps.ao.kernel.AoValues;
import org.journeymaps.ao.kernel.RowValues;
import org.journeymaps.ao.kernel.Rows;
import org.journeymaps.ao.map.AoJourneyMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;
import org.journeymaps.domain.structure.Card;
import org.journeymaps.domain.structure.CardAttributes;

/** The cards: lookups by cell, lane and map, writes, and deletes that take the cards' issue links along. */
public final class CardRows {
    private final Rows rows;
    private final IssueLinkRows issueLinks;

    CardRows(Rows rows, IssueLinkRows issueLinks) {
        this.rows = rows;
        this.issueLinks = issueLinks;
    }

    Optional<Card> find(long cardId) {
        return rows.find(AoCard.class, cardId).map(CardRows::toDomain);
    }

    public List<Card> ofMap(long mapId) {
        return rows.where(AoCard.class, "MAP_ID", mapId, Rows.BY_POSITION, CardRows::toDomain);
    }

    List<Card> inCell(long stageId, long laneId) {
        Query query = Query.select().where("STAGE_ID = ? AND LANE_ID = ?", AoValues.key(stageId), AoValues.key(laneId))
                .order(Rows.BY_POSITION);
        return rows.list(AoCard.class, query).stream().map(CardRows::toDomain).toList();
    }

    List<Card> inLane(long laneId) {
        return rows.where(AoCard.class, "LANE_ID", laneId, Rows.BY_POSITION, CardRows::toDomain);
    }

    int count(long mapId) {
        return rows.ao().count(AoCard.class, Query.select().where("MAP_ID = ?", AoValues.key(mapId)));
    }

    long insert(Card card) {
        CardAttributes attributes = card.attributes();
        return rows.ao().create(AoCard.class, new RowValues()
                .with("MAP_ID", rows.existing(AoJourneyMap.class, card.mapId()))
                .with("STAGE_ID", rows.existing(AoStage.class, card.stageId()))
                .with("LANE_ID", rows.existing(AoLane.class, card.laneId()))
                .with("SORT_INDEX", card.position())
                .with("TEXT", card.text())
                .with("CHANNEL", attributes.channel())
                .with("SEVERITY", attributes.severity())
                .with("OPPORTUNITY_STATUS", attributes.status())
                .with("OWNER_KEY", attributes.ownerKey())
                .with("IMPACT", attributes.impact())
                .with("EFFORT", attributes.effort())
                .with("EVIDENCE", attributes.evidence())
                .with("EDIT_VERSION", card.version())
                .toMap()).getID();
    }

    /** Writes every field of the card, its cell included (the stage and lane rows are read only when it moved). */
    void update(Card card) {
        AoCard row = rows.existing(AoCard.class, card.id());
        if (row.getStage().getID() != card.stageId()) {
            row.setStage(rows.existing(AoStage.class, card.stageId()));
        }
        if (row.getLane().getID() != card.laneId()) {
            row.setLane(rows.existing(AoLane.class, card.laneId()));
        }
        CardAttributes attributes = card.attributes();
        row.setSortIndex(card.position());
        row.setText(card.text());
        row.setChannel(attributes.channel());
        row.setSeverity(attributes.severity());
        row.setOpportunityStatus(attributes.status());
        row.setOwnerKey(attributes.ownerKey());
        row.setImpact(attributes.impact());
        row.setEffort(attributes.effort());
        row.setEvidence(attributes.evidence());
        row.setEditVersion(card.version());
        row.save();
    }

    void updatePositions(Map<Long, Integer> positions) {
        rows.updatePositions(AoCard.class, positions, AoCard::setSortIndex);
    }

    void delete(long cardId) {
        issueLinks.deleteOfCards(List.of(cardId));
        rows.ao().deleteWithSQL(AoCard.class, "ID = ?", AoValues.key(cardId));
    }

    /** Deletes the cards whose {@code column} (STAGE_ID or LANE_ID) is {@code id}, with their issue links. */
    void deleteWhere(String column, long id) {
        Integer key = AoValues.key(id);
        issueLinks.deleteOfCards(rows.column(AoCard.class, "ID", card -> (long) card.getID(), column + " = ?", key));
        rows.ao().deleteWithSQL(AoCard.class, column + " = ?", key);
    }

    static Card toDomain(AoCard row) {
        return new Card(row.getID(), row.getMap().getID(), row.getStage().getID(), row.getLane().getID(),
                row.getSortIndex(), row.getText(), new CardAttributes(row.getChannel(), row.getSeverity(),
                row.getOpportunityStatus(), row.getOwnerKey(), row.getImpact(), row.getEffort(), row.getEvidence()),
                row.getEditVersion());
    }
}
