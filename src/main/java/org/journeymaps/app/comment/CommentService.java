package org.journeymaps.app.comment;

import org.journeymaps.app.kernel.AccessGuard;
import org.journeymaps.app.kernel.ConflictException;
import org.journeymaps.app.kernel.Edit;
import org.journeymaps.app.kernel.MapAccess;
import org.journeymaps.app.kernel.MapWriter;
import org.journeymaps.app.kernel.NotFoundException;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.journeymaps.app.kernel.Clock;
import org.journeymaps.app.comment.CommentStore;
import org.journeymaps.app.kernel.JourneyMapRepository;
import org.journeymaps.app.user.UserDirectory;
import org.journeymaps.domain.comment.AnchorType;
import org.journeymaps.domain.map.ChangeKind;
import org.journeymaps.domain.comment.Comment;
import org.journeymaps.domain.kernel.ElementType;
import org.journeymaps.domain.kernel.InvalidFieldException;
import org.journeymaps.domain.kernel.Require;

/**
 * Comment threads on a map and its elements. Reading needs the page's view right, writing its comment right; the
 * author alone edits a body; the author or an editor of the page resolves and reopens; the author or a space
 * administrator deletes. Every write is a map revision with a COMMENT change, so live clients and history see it.
 */
@Named
public class CommentService {
    private final CommentStore store;
    private final AccessGuard guard;
    private final MapWriter writer;
    private final Clock clock;
    private final CommentAnchors anchors;
    private final CommentPeople people;
    private final CommentAlerts alerts;

    @Inject
    public CommentService(CommentStore store, JourneyMapRepository repository, AccessGuard guard, MapWriter writer,
                          Clock clock, UserDirectory users, CommentAlerts alerts) {
        this.store = store;
        this.guard = guard;
        this.writer = writer;
        this.clock = clock;
        this.anchors = new CommentAnchors(repository);
        this.people = new CommentPeople(users);
        this.alerts = alerts;
    }

    /** The comments on the map, filtered by anchor and by whether their thread is resolved (null: any). */
    public List<CommentView> list(long mapId, AnchorType anchorType, Long anchorId, Boolean resolved) {
        guard.readableMap(mapId);
        List<Comment> all = store.ofMap(mapId);
        Map<Long, Comment> threads = all.stream().filter(Comment::isThread)
                .collect(Collectors.toMap(Comment::id, Function.identity()));
        return all.stream()
                .filter(comment -> anchorType == null || comment.anchorType() == anchorType)
                .filter(comment -> anchorId == null || anchorId.equals(comment.anchorId()))
                .filter(comment -> resolved == null || threads.get(comment.threadId()).resolved() == resolved)
                .map(people::view).toList();
    }

    /** Starts a thread, or replies to the thread of {@code parentId} (a reply to a reply joins the same thread). */
    public CommentView create(long mapId, NewComment command) {
        MapAccess access = guard.commentableMap(mapId);
        String authorKey = guard.authorKey();
        String body = Comment.BODY.normalise(command.body());
        List<String> mentions = people.mentionedKeys(body);
        Comment saved = writer.writeChecked(mapId, () -> {
            Comment comment = command.parentId() == null
                    ? newThread(mapId, command, authorKey, body, mentions)
                    : comment(mapId, command.parentId()).reply(authorKey, body, mentions, clock.now());
            Comment stored = comment.withId(store.insert(comment));
            return new Edit<>(ChangeKind.CREATED, ElementType.COMMENT, stored.id(), stored);
        });
        alerts.created(access.map(), saved, people);
        return people.view(saved);
    }

    /** Changes the body (author only) and/or resolves or reopens the thread (author or editor). */
    public CommentView update(long mapId, long commentId, CommentPatch patch) {
        MapAccess access = guard.readableMap(mapId);
        if (patch.body() == null && patch.resolved() == null) {
            throw new InvalidFieldException("body", "give a new body or resolved");
        }
        String callerKey = guard.authorKey();
        String body = patch.body() == null ? null : Comment.BODY.normalise(patch.body());
        Revision revision = writer.writeChecked(mapId, () -> {
            Comment current = comment(mapId, commentId);
            boolean author = isAuthor(current, callerKey, access);
            if (body != null && !author) {
                throw guard.denied("edit another person's comment");
            }
            if (patch.resolved() != null && !author && !access.page().edit()) {
                throw guard.denied("resolve this thread");
            }
            if (patch.resolved() != null && !current.isThread()) {
                throw new InvalidFieldException("resolved", "only a thread's first comment is resolved or reopened");
            }
            if (Require.present("version", patch.version()) != current.version()) {
                throw new ConflictException(people.view(current));
            }
            Comment edited = body == null ? current : current.edited(body, people.mentionedKeys(body), clock.now());
            if (patch.resolved() != null && patch.resolved() != edited.resolved()) {
                edited = edited.resolvedAs(patch.resolved());
            }
            store.update(edited);
            return new Edit<>(ChangeKind.UPDATED, ElementType.COMMENT, commentId, new Revision(current, edited));
        });
        alerts.edited(access.map(), revision.before(), revision.after(), people);
        return people.view(revision.after());
    }

    /** Deletes the comment (with its replies when it starts a thread): its author or a space administrator. */
    public void delete(long mapId, long commentId) {
        MapAccess access = guard.readableMap(mapId);
        String callerKey = guard.authorKey();
        writer.writeChecked(mapId, () -> {
            Comment current = comment(mapId, commentId);
            if (!isAuthor(current, callerKey, access) && !access.page().spaceAdmin()) {
                throw guard.denied("delete another person's comment");
            }
            store.delete(current);
            return new Edit<Void>(ChangeKind.DELETED, ElementType.COMMENT, commentId, null);
        });
    }

    private Comment newThread(long mapId, NewComment command, String authorKey, String body, List<String> mentions) {
        Comment thread = Comment.thread(mapId, command.anchorType(), command.anchorId(), authorKey, body, mentions,
                clock.now());
        anchors.requireExists(mapId, thread.anchorType(), thread.anchorId());
        return thread;
    }

    private Comment comment(long mapId, long commentId) {
        return store.find(commentId).filter(comment -> comment.mapId() == mapId)
                .orElseThrow(() -> new NotFoundException("comment", commentId));
    }

    private record Revision(Comment before, Comment after) {
    }

    /** Anonymous comments are nobody's; an author who may no longer comment on the page is no author here. */
    private static boolean isAuthor(Comment comment, String callerKey, MapAccess access) {
        return callerKey != null && Objects.equals(callerKey, comment.authorKey()) && access.page().comment();
    }
}
