package org.journeymaps.ao.comment;

import org.journeymaps.ao.emotion.AoEmotion;
import org.journeymaps.ao.kernel.AoValues;
import org.journeymaps.ao.kernel.RowValues;
import org.journeymaps.ao.kernel.Rows;
import org.journeymaps.ao.map.AoJourneyMap;
import org.journeymaps.ao.structure.AoCard;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import net.java.ao.Entity;
import org.journeymaps.domain.comment.AnchorType;
import org.journeymaps.domain.comment.Comment;

/**
 * The comments of maps, and their removal with the elements they are anchored on: a card's comments go with the
 * card, a stage's with the stage, its cards and its emotion points, a lane's with the lane and its cards.
 */
public final class CommentRows {
    private static final String MENTION_SEPARATOR = " ";

    private final Rows rows;

    public CommentRows(Rows rows) {
        this.rows = rows;
    }

    Optional<Comment> find(long commentId) {
        return rows.find(AoComment.class, commentId).map(CommentRows::toDomain);
    }

    List<Comment> ofMap(long mapId) {
        return rows.where(AoComment.class, "MAP_ID", mapId, "\"ID\"", CommentRows::toDomain);
    }

    long insert(Comment comment) {
        return rows.ao().create(AoComment.class, new RowValues()
                .with("MAP_ID", rows.existing(AoJourneyMap.class, comment.mapId()))
                .with("ANCHOR_TYPE", comment.anchorType())
                .with("ANCHOR_ID", comment.anchorId())
                .with("PARENT_ID", comment.parentId())
                .with("AUTHOR_KEY", comment.authorKey())
                .with("BODY", comment.body())
                .with("MENTION_KEYS", mentionColumn(comment.mentionKeys()))
                .with("RESOLVED", comment.resolved())
                .with("CREATED_AT", AoValues.date(comment.createdAt()))
                .with("EDITED_AT", AoValues.date(comment.editedAt()))
                .with("EDIT_VERSION", comment.version())
                .toMap()).getID();
    }

    void update(Comment comment) {
        AoComment row = rows.existing(AoComment.class, comment.id());
        row.setBody(comment.body());
        row.setMentionKeys(mentionColumn(comment.mentionKeys()));
        row.setResolved(comment.resolved());
        row.setEditedAt(AoValues.date(comment.editedAt()));
        row.setEditVersion(comment.version());
        row.save();
    }

    void delete(Comment comment) {
        if (comment.isThread()) {
            rows.ao().deleteWithSQL(AoComment.class, "PARENT_ID = ?", comment.id());
        }
        rows.ao().deleteWithSQL(AoComment.class, "ID = ?", AoValues.key(comment.id()));
    }

    public void deleteOfCard(long cardId) {
        deleteAnchored(AnchorType.CARD, List.of(cardId));
    }

    public void deleteOfEmotion(long emotionId) {
        deleteAnchored(AnchorType.EMOTION, List.of(emotionId));
    }

    public void deleteOfStage(long stageId) {
        deleteAnchored(AnchorType.CARD, idsWhere(AoCard.class, "STAGE_ID", stageId));
        deleteAnchored(AnchorType.EMOTION, idsWhere(AoEmotion.class, "STAGE_ID", stageId));
        deleteAnchored(AnchorType.STAGE, List.of(stageId));
    }

    public void deleteOfLane(long laneId) {
        deleteAnchored(AnchorType.CARD, idsWhere(AoCard.class, "LANE_ID", laneId));
        deleteAnchored(AnchorType.LANE, List.of(laneId));
    }

    public void deleteOfPersonaEmotions(long mapId, long personaId) {
        deleteAnchored(AnchorType.EMOTION, rows.column(AoEmotion.class, "ID", point -> (long) point.getID(),
                "MAP_ID = ? AND PERSONA_ID = ?", AoValues.key(mapId), AoValues.key(personaId)));
    }

    public void deleteOfMap(long mapId) {
        Integer key = AoValues.key(mapId);
        rows.ao().deleteWithSQL(AoComment.class, "MAP_ID = ?", key);
        rows.ao().deleteWithSQL(AoMapWatch.class, "MAP_ID = ?", key);
    }

    /** Threads and replies share their anchor, so one delete by anchor takes both. */
    private void deleteAnchored(AnchorType type, Collection<Long> anchorIds) {
        for (List<Long> chunk : Rows.chunks(anchorIds)) {
            Object[] params = new Object[chunk.size() + 1];
            params[0] = type.name();
            System.arraycopy(chunk.toArray(), 0, params, 1, chunk.size());
            rows.ao().deleteWithSQL(AoComment.class, "ANCHOR_TYPE = ? AND " + Rows.idIn("ANCHOR_ID", chunk.size()),
                    params);
        }
    }

    private <E extends Entity> List<Long> idsWhere(Class<E> type, String column, long id) {
        return rows.column(type, "ID", row -> (long) row.getID(), column + " = ?", AoValues.key(id));
    }

    private static String mentionColumn(List<String> keys) {
        return keys.isEmpty() ? null : String.join(MENTION_SEPARATOR, keys);
    }

    static Comment toDomain(AoComment row) {
        String mentions = row.getMentionKeys();
        return new Comment(row.getID(), row.getMap().getID(), row.getAnchorType(), row.getAnchorId(),
                row.getParentId(), row.getAuthorKey(), row.getBody(),
                mentions == null ? List.of() : Arrays.asList(mentions.split(MENTION_SEPARATOR)), row.isResolved(),
                AoValues.instant(row.getCreatedAt()), AoValues.instant(row.getEditedAt()), row.getEditVersion());
    }
}
