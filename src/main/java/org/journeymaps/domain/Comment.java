package org.journeymaps.domain;

import java.time.Instant;

/**
 * A comment anchored on a map or one of its elements ({@code anchorId} null for the map itself); replies name
 * their thread's first comment as {@code parentId}.
 */
public record Comment(long id, long mapId, AnchorType anchorType, Long anchorId, Long parentId, String authorKey,
                      String body, boolean resolved, Instant createdAt, Instant editedAt, long version)
        implements Versioned {

    public static final TextField BODY = TextField.requiredText("body", Limits.COMMENT_LENGTH);
}
