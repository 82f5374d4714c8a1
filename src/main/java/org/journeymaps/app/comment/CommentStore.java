package org.journeymaps.app.comment;

import org.journeymaps.app.kernel.JourneyMapRepository;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.journeymaps.domain.comment.Comment;

/**
 * Where comments and map watches are kept. Comments go with their anchor: deleting a stage, lane, card or emotion
 * point (or the map) through {@link JourneyMapRepository} deletes the comments anchored there in the same
 * transaction, so this port has no anchor clean-up of its own.
 */
public interface CommentStore {

    Optional<Comment> find(long commentId);

    /** The map's comments, threads and replies, oldest first. */
    List<Comment> ofMap(long mapId);

    long insert(Comment comment);

    /** Writes body, mentions, resolved, editedAt and version. */
    void update(Comment comment);

    /** Deletes the comment and, when it starts a thread, the thread's replies. */
    void delete(Comment comment);

    /** Everyone who has changed the map (created, edited or commented): its implicit watchers. */
    Set<String> participants(long mapId);

    /** The explicit choices to watch (true) or not watch (false) the map, by user key. */
    Map<String, Boolean> watchChoices(long mapId);

    void setWatching(long mapId, String userKey, boolean watching);
}
