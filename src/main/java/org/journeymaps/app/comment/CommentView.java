package org.journeymaps.app.comment;

import java.util.List;
import org.journeymaps.app.user.UserRef;
import org.journeymaps.domain.comment.Comment;
import org.journeymaps.domain.kernel.Versioned;

/** A comment with its author and mentioned users resolved to people, as clients show it. */
public record CommentView(Comment comment, UserRef author, List<UserRef> mentions) implements Versioned {

    @Override
    public long id() {
        return comment.id();
    }

    @Override
    public long version() {
        return comment.version();
    }
}
