package org.journeymaps.app.history;

import org.journeymaps.app.kernel.MapWriter;
import org.journeymaps.app.kernel.NotFoundException;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import org.journeymaps.app.kernel.JourneyMapRepository;
import org.journeymaps.app.history.MapHistory;
import org.journeymaps.domain.map.JourneyMap;
import org.journeymaps.domain.map.MapContent;
import org.journeymaps.domain.history.AutoVersionPolicy;
import org.journeymaps.domain.history.MapVersion;

/**
 * Takes versions of a map. Callers run inside {@link MapWriter}'s transaction after the revision bump, so they
 * hold the map's lock: the content read is committed and stays so, and version numbers go one at a time.
 */
@Named
public class Snapshots {
    private final JourneyMapRepository repository;
    private final MapHistory history;

    @Inject
    public Snapshots(JourneyMapRepository repository, MapHistory history) {
        this.repository = repository;
        this.history = history;
    }

    /**
     * Keeps the map as it was before the write now under way (which has bumped the revision but changed nothing
     * yet) as an automatic version: always, or only when {@link AutoVersionPolicy} says one is due at {@code at}.
     */
    public void keepPrevious(long mapId, boolean always, String authorKey, Instant at) {
        Instant latest = history.latestVersion(mapId).map(MapVersion::createdAt).orElse(null);
        if (always || AutoVersionPolicy.isDue(latest, at)) {
            MapContent now = load(mapId);
            JourneyMap bumped = now.map();
            // The content is the previous revision's; only the map row already carries the bump.
            JourneyMap before = new JourneyMap(bumped.id(), bumped.pageId(), bumped.spaceKey(), bumped.title(),
                    bumped.description(), bumped.state(), bumped.counterpartMapId(), bumped.ownerKey(),
                    bumped.reviewDue(), bumped.revision() - 1, bumped.version(), bumped.createdBy(),
                    bumped.createdAt(), bumped.updatedBy(), bumped.updatedAt());
            MapContent previous = new MapContent(before, now.stages(), now.lanes(), now.cards(), now.emotions(),
                    now.personas(), now.issueLinks());
            history.insertVersion(MapVersion.automatic(mapId, nextNumber(mapId), null, authorKey, at,
                    before.revision()), previous);
        }
    }

    /** Saves the map as it stands as a named version, numbered after the latest; returns it. */
    MapVersion keepNamed(long mapId, String label, String authorKey, Instant at) {
        MapContent now = load(mapId);
        MapVersion version = MapVersion.named(mapId, nextNumber(mapId), label, authorKey, at, now.map().revision());
        history.insertVersion(version, now);
        return version;
    }

    private MapContent load(long mapId) {
        return repository.loadContent(mapId).orElseThrow(() -> new NotFoundException("map", mapId));
    }

    private int nextNumber(long mapId) {
        return history.latestVersion(mapId).map(MapVersion::number).orElse(0) + 1;
    }
}
