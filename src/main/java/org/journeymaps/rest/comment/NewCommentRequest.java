package org.journeymaps.rest.comment;

import org.journeymaps.app.comment.NewComment;
import org.journeymaps.domain.comment.AnchorType;

/** Body of {@code POST /maps/{id}/comments}: a thread on an anchor, or a reply (anchor taken from the thread). */
public record NewCommentRequest(AnchorType anchorType, Long anchorId, String body, Long parentId) {

    public NewComment toCommand() {
        return new NewComment(anchorType, anchorId, body, parentId);
    }
}
