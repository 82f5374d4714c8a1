package org.journeymaps.app.comment;

import org.journeymaps.domain.comment.AnchorType;

/** A new thread on an anchor, or (with {@code parentId}) a reply, which takes its thread's anchor. */
public record NewComment(AnchorType anchorType, Long anchorId, String body, Long parentId) {
}
