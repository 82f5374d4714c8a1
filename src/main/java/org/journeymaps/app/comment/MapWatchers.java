package org.journeymaps.app.comment;

import org.journeymaps.app.kernel.AccessGuard;
import org.journeymaps.app.kernel.AuthenticationRequiredException;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.journeymaps.app.comment.CommentStore;

/**
 * The watchers of a map: everyone who has created, edited or commented on it, plus those who chose to watch it,
 * less those who chose not to. Watching is a personal choice, not a change of the map: it makes no revision.
 */
@Named
public class MapWatchers {
    private final CommentStore store;
    private final AccessGuard guard;

    @Inject
    public MapWatchers(CommentStore store, AccessGuard guard) {
        this.store = store;
        this.guard = guard;
    }

    /** Whether the caller (who must be signed in and see the map) watches it. */
    public boolean isWatching(long mapId) {
        guard.readableMap(mapId);
        return of(mapId).contains(signedIn());
    }

    /** Records the caller's choice to watch the map or not; answers the new state. */
    public boolean setWatching(long mapId, boolean watching) {
        guard.readableMap(mapId);
        store.setWatching(mapId, signedIn(), watching);
        return watching;
    }

    Set<String> of(long mapId) {
        Map<String, Boolean> choices = store.watchChoices(mapId);
        Set<String> watchers = new LinkedHashSet<>(store.participants(mapId));
        choices.forEach((key, watching) -> {
            if (watching) {
                watchers.add(key);
            } else {
                watchers.remove(key);
            }
        });
        watchers.remove(null);
        return watchers;
    }

    private String signedIn() {
        String key = guard.authorKey();
        if (key == null) {
            throw new AuthenticationRequiredException();
        }
        return key;
    }
}
