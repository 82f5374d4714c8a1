package org.journeymaps.rest.dto;

import org.journeymaps.app.NewComment;
import org.journeymaps.domain.AnchorType;

/** Body of {@code POST /maps/{id}/comments}: a thread on an anchor, or a reply (anchor taken from the thread). */
public record NewCommentRequest(AnchorType anchorType, Long anchorId, String body, Long parentId) {

    public NewComment toCommand() {
        return new NewComment(anchorType, anchorId, body, parentId);
    }
}
