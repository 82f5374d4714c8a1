package org.journeymaps.app.comment;

/** A change to a comment based on {@code version}: a new body (author only) and/or resolved (thread only). */
public record CommentPatch(Long version, String body, Boolean resolved) {
}
