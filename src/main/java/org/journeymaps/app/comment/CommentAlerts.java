package org.journeymaps.app.comment;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashSet;
import java.util.Set;
import org.journeymaps.app.comment.CommentNotification;
import org.journeymaps.app.comment.CommentNotification.Reason;
import org.journeymaps.app.comment.Notifier;
import org.journeymaps.app.user.UserRef;
import org.journeymaps.domain.comment.Comment;
import org.journeymaps.domain.map.JourneyMap;

/**
 * Who hears about a comment, sent once it is committed: the users it newly mentions and, for a new comment, the
 * map's watchers. Each person is told once, mentions first; the comment's author never hears of their own words.
 */
@Named
public class CommentAlerts {
    private final Notifier notifier;
    private final MapWatchers watchers;

    @Inject
    public CommentAlerts(Notifier notifier, MapWatchers watchers) {
        this.notifier = notifier;
        this.watchers = watchers;
    }

    void created(JourneyMap map, Comment comment, CommentPeople people) {
        Set<String> mentioned = new LinkedHashSet<>(comment.mentionKeys());
        Set<String> watching = new LinkedHashSet<>(watchers.of(map.id()));
        watching.removeAll(mentioned);
        send(map, comment, people, mentioned, Reason.MENTIONED);
        send(map, comment, people, watching, Reason.WATCHING);
    }

    /** After an edit, only the people the new body mentions for the first time. */
    void edited(JourneyMap map, Comment before, Comment after, CommentPeople people) {
        Set<String> newlyMentioned = new LinkedHashSet<>(after.mentionKeys());
        newlyMentioned.removeAll(before.mentionKeys());
        send(map, after, people, newlyMentioned, Reason.MENTIONED);
    }

    private void send(JourneyMap map, Comment comment, CommentPeople people, Set<String> recipients, Reason reason) {
        UserRef author = people.person(comment.authorKey());
        CommentNotification notification = new CommentNotification(reason, map.title(),
                author == null ? null : author.displayName(), comment.body());
        recipients.stream().filter(key -> !key.equals(comment.authorKey()))
                .forEach(key -> notifier.send(key, map.pageId(), notification));
    }
}
