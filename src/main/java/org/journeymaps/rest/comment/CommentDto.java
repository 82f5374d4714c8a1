package org.journeymaps.rest.comment;

import org.journeymaps.rest.user.UserDto;
import java.time.Instant;
import java.util.List;
import org.journeymaps.app.comment.CommentView;
import org.journeymaps.domain.comment.AnchorType;
import org.journeymaps.domain.comment.Comment;

/**
 * A comment as the API shows it: a flat list entry (a reply names its thread's first comment as {@code parentId});
 * {@code author} is null for an anonymous comment; {@code mentions} are the users the body's {@code @name}s name.
 */
public record CommentDto(long id, AnchorType anchorType, Long anchorId, Long parentId, UserDto author, String body,
                         List<UserDto> mentions, boolean resolved, Instant createdAt, Instant editedAt, long version) {

    public static CommentDto of(CommentView view) {
        Comment c = view.comment();
        return new CommentDto(c.id(), c.anchorType(), c.anchorId(), c.parentId(), UserDto.of(view.author()), c.body(),
                view.mentions().stream().map(UserDto::of).toList(), c.resolved(), c.createdAt(), c.editedAt(),
                c.version());
    }
}
