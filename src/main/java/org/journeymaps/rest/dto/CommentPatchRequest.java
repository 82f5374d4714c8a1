package org.journeymaps.rest.dto;

import org.journeymaps.app.CommentPatch;

/** Body of {@code PATCH /maps/{id}/comments/{commentId}}: {@code version} and a new body and/or resolved. */
public record CommentPatchRequest(Long version, String body, Boolean resolved) {

    public CommentPatch toCommand() {
        return new CommentPatch(version, body, resolved);
    }
}
