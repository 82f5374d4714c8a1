package org.journeymaps.rest.comment;

import org.journeymaps.app.comment.CommentPatch;

/** Body of {@code PATCH /maps/{id}/comments/{commentId}}: {@code version} and a new body and/or resolved. */
public record CommentPatchRequest(Long version, String body, Boolean resolved) {

    public CommentPatch toCommand() {
        return new CommentPatch(version, body, resolved);
    }
}
