package org.journeymaps.app;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.List;
import java.util.stream.Collectors;
import org.journeymaps.app.comment.CommentStore;
import org.journeymaps.domain.comment.Comment;
import org.journeymaps.domain.map.MapChange;

/** Comments and watches in memory; participants are read from the in-memory repository's change log. */
public final class InMemoryCommentStore implements CommentStore {
    private final Map<Long, Comment> comments = new LinkedHashMap<>();
    private final Map<Long, Map<String, Boolean>> watches = new HashMap<>();
    private final InMemoryJourneyMapRepository repository;
    private long nextId = 1;

    public InMemoryCommentStore(InMemoryJourneyMapRepository repository) {
        this.repository = repository;
    }

    @Override
    public Optional<Comment> find(long commentId) {
        return Optional.ofNullable(comments.get(commentId));
    }

    @Override
    public List<Comment> ofMap(long mapId) {
        return comments.values().stream().filter(comment -> comment.mapId() == mapId).toList();
    }

    @Override
    public long insert(Comment comment) {
        long id = nextId++;
        comments.put(id, comment.withId(id));
        return id;
    }

    @Override
    public void update(Comment comment) {
        comments.put(comment.id(), comment);
    }

    @Override
    public void delete(Comment comment) {
        comments.values().removeIf(c -> c.id() == comment.id() || comment.isThread() && c.parentId() != null
                && c.parentId() == comment.id());
    }

    @Override
    public Set<String> participants(long mapId) {
        return repository.changesSince(mapId, 0, Integer.MAX_VALUE).stream().map(MapChange::authorKey)
                .filter(key -> key != null).collect(Collectors.toSet());
    }

    @Override
    public Map<String, Boolean> watchChoices(long mapId) {
        return Map.copyOf(watches.getOrDefault(mapId, Map.of()));
    }

    @Override
    public void setWatching(long mapId, String userKey, boolean watching) {
        watches.computeIfAbsent(mapId, id -> new HashMap<>()).put(userKey, watching);
    }
}
