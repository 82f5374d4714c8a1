package org.journeymaps.app.comment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.journeymaps.app.user.UserDirectory;
import org.journeymaps.app.user.UserRef;
import org.journeymaps.domain.comment.Comment;
import org.journeymaps.domain.comment.Mentions;

/** Turns the people of comments into users and back: mentioned names into keys, keys into people to show. */
final class CommentPeople {
    private final UserDirectory users;

    CommentPeople(UserDirectory users) {
        this.users = users;
    }

    /** The keys of the existing users {@code body} mentions; unknown names are plain text. */
    List<String> mentionedKeys(String body) {
        return Mentions.names(body).stream().map(users::byName).flatMap(Optional::stream)
                .map(UserRef::key).distinct().toList();
    }

    CommentView view(Comment comment) {
        return new CommentView(comment, person(comment.authorKey()), people(comment.mentionKeys()));
    }

    /** The user with this key; anonymous (null) has no name. */
    UserRef person(String key) {
        return key == null ? null : users.byKey(key).orElseGet(() -> UserRef.unknown(key));
    }

    private List<UserRef> people(Collection<String> keys) {
        return keys.stream().map(this::person).toList();
    }
}
