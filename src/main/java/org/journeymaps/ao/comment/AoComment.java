package org.journeymaps.ao.comment;

import org.journeymaps.ao.map.AoJourneyMap;
import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import org.journeymaps.domain.comment.AnchorType;

/**
 * A comment on a map or one of its elements. The anchor is a type and an id, not a foreign key, as it may point
 * at any kind of element; the element rows delete their comments when they go. Replies name their thread's first
 * comment as parent. Mentioned user keys are kept space-separated (keys hold no spaces).
 */
// Every column listed, foreign keys included: AO's "*" leaves foreign keys out, so each row would cost a
// SELECT more when its parent is read.
@Preload({
        "mapId", "anchorType", "anchorId", "parentId", "authorKey", "body", "mentionKeys", "resolved", "createdAt",
        "editedAt", "editVersion"
})
@Table("Comment")
public interface AoComment extends Entity {

    @NotNull
    AoJourneyMap getMap();

    void setMap(AoJourneyMap map);

    @NotNull
    AnchorType getAnchorType();

    void setAnchorType(AnchorType anchorType);

    @Indexed
    Long getAnchorId();

    void setAnchorId(Long anchorId);

    @Indexed
    Long getParentId();

    void setParentId(Long parentId);

    String getAuthorKey();

    void setAuthorKey(String authorKey);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getBody();

    void setBody(String body);

    @StringLength(StringLength.UNLIMITED)
    String getMentionKeys();

    void setMentionKeys(String mentionKeys);

    @NotNull
    boolean isResolved();

    void setResolved(boolean resolved);

    @NotNull
    Date getCreatedAt();

    void setCreatedAt(Date createdAt);

    Date getEditedAt();

    void setEditedAt(Date editedAt);

    @NotNull
    long getEditVersion();

    void setEditVersion(long editVersion);
}
