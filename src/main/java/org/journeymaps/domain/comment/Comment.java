package org.journeymaps.domain.comment;

import org.journeymaps.domain.kernel.InvalidFieldException;
import org.journeymaps.domain.kernel.Limits;
import org.journeymaps.domain.kernel.Require;
import org.journeymaps.domain.kernel.TextField;
import org.journeymaps.domain.kernel.Versioned;
import java.time.Instant;
import java.util.List;

/**
 * A comment anchored on a map or one of its elements ({@code anchorId} null for the map itself); replies name
 * their thread's first comment as {@code parentId}, and share its anchor. {@code mentionKeys} are the user keys
 * of the people its body mentions; {@code editedAt} is null until the body is first changed.
 */
public record Comment(long id, long mapId, AnchorType anchorType, Long anchorId, Long parentId, String authorKey,
                      String body, List<String> mentionKeys, boolean resolved, Instant createdAt, Instant editedAt,
                      long version) implements Versioned {

    public static final TextField BODY = TextField.requiredText("body", Limits.COMMENT_LENGTH);

    public Comment {
        Require.present("anchorType", anchorType);
        if ((anchorType == AnchorType.MAP) != (anchorId == null)) {
            throw new InvalidFieldException("anchorId", anchorType == AnchorType.MAP
                    ? "must be absent for a comment on the map" : "is required for a comment on a " + anchorType);
        }
        body = BODY.normalise(body);
        mentionKeys = List.copyOf(mentionKeys);
    }

    /** The first comment of a new thread. */
    public static Comment thread(long mapId, AnchorType anchorType, Long anchorId, String authorKey, String body,
                                 List<String> mentionKeys, Instant at) {
        return new Comment(UNSAVED_ID, mapId, anchorType, anchorId, null, authorKey, body, mentionKeys, false, at,
                null, FIRST_VERSION);
    }

    /** A reply to this comment: it joins this comment's thread (a reply to a reply goes to the thread's root). */
    public Comment reply(String replyAuthorKey, String replyBody, List<String> replyMentionKeys, Instant at) {
        return new Comment(UNSAVED_ID, mapId, anchorType, anchorId, threadId(), replyAuthorKey, replyBody,
                replyMentionKeys, false, at, null, FIRST_VERSION);
    }

    /** The id of the thread's first comment: this one's, or its parent's for a reply. */
    public long threadId() {
        return parentId == null ? id : parentId;
    }

    public boolean isThread() {
        return parentId == null;
    }

    public Comment withId(long newId) {
        return new Comment(newId, mapId, anchorType, anchorId, parentId, authorKey, body, mentionKeys, resolved,
                createdAt, editedAt, version);
    }

    /** The next version with a new body and its mentions. */
    public Comment edited(String newBody, List<String> newMentionKeys, Instant at) {
        return new Comment(id, mapId, anchorType, anchorId, parentId, authorKey, newBody, newMentionKeys, resolved,
                createdAt, at, version + 1);
    }

    /** The next version, resolved or reopened. */
    public Comment resolvedAs(boolean newResolved) {
        return new Comment(id, mapId, anchorType, anchorId, parentId, authorKey, body, mentionKeys, newResolved,
                createdAt, editedAt, version + 1);
    }
}
