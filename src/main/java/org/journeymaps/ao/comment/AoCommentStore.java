package org.journeymaps.ao.comment;

import org.journeymaps.ao.kernel.AoValues;
import org.journeymaps.ao.kernel.RowValues;
import org.journeymaps.ao.kernel.Rows;
import org.journeymaps.ao.map.AoJourneyMap;
import org.journeymaps.ao.map.AoMapChange;
import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.java.ao.Query;
import org.journeymaps.app.comment.CommentStore;
import org.journeymaps.domain.comment.Comment;

/** The comment port over Active Objects; writes join the caller's transaction (the map's, see MapWriter). */
@Named
public class AoCommentStore implements CommentStore {
    private final Rows rows;
    private final CommentRows comments;

    @Inject
    public AoCommentStore(@ComponentImport ActiveObjects ao) {
        this.rows = new Rows(ao);
        this.comments = new CommentRows(rows);
    }

    @Override
    public Optional<Comment> find(long commentId) {
        return comments.find(commentId);
    }

    @Override
    public List<Comment> ofMap(long mapId) {
        return comments.ofMap(mapId);
    }

    @Override
    public long insert(Comment comment) {
        return comments.insert(comment);
    }

    @Override
    public void update(Comment comment) {
        comments.update(comment);
    }

    @Override
    public void delete(Comment comment) {
        comments.delete(comment);
    }

    /** Read as one column of the change log, streamed: a long log never becomes entities. */
    @Override
    public Set<String> participants(long mapId) {
        return Set.copyOf(rows.column(AoMapChange.class, "AUTHOR_KEY", AoMapChange::getAuthorKey,
                "MAP_ID = ? AND AUTHOR_KEY IS NOT NULL", AoValues.key(mapId)));
    }

    @Override
    public Map<String, Boolean> watchChoices(long mapId) {
        Map<String, Boolean> choices = new LinkedHashMap<>();
        for (AoMapWatch watch : watches(mapId)) {
            choices.put(watch.getUserKey(), watch.isWatching());
        }
        return choices;
    }

    @Override
    public void setWatching(long mapId, String userKey, boolean watching) {
        rows.ao().executeInTransaction(() -> {
            List<AoMapWatch> existing = List.of(rows.ao().find(AoMapWatch.class, Query.select()
                    .where("MAP_ID = ? AND USER_KEY = ?", AoValues.key(mapId), userKey)));
            if (existing.isEmpty()) {
                rows.ao().create(AoMapWatch.class, new RowValues()
                        .with("MAP_ID", rows.existing(AoJourneyMap.class, mapId))
                        .with("USER_KEY", userKey)
                        .with("WATCHING", watching)
                        .toMap());
            } else {
                existing.forEach(row -> {
                    row.setWatching(watching);
                    row.save();
                });
            }
            return null;
        });
    }

    private List<AoMapWatch> watches(long mapId) {
        return rows.list(AoMapWatch.class, Query.select().where("MAP_ID = ?", AoValues.key(mapId)).order("\"ID\""));
    }
}
