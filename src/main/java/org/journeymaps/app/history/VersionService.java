package org.journeymaps.app.history;

import org.journeymaps.app.kernel.AccessGuard;
import org.journeymaps.app.kernel.Edit;
import org.journeymaps.app.kernel.MapAccess;
import org.journeymaps.app.kernel.MapPermissions;
import org.journeymaps.app.kernel.MapWriter;
import org.journeymaps.app.kernel.NotFoundException;
import org.journeymaps.app.map.MapView;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.journeymaps.app.kernel.Clock;
import org.journeymaps.app.emotion.EmotionPointDeletion;
import org.journeymaps.app.kernel.JourneyMapRepository;
import org.journeymaps.app.history.MapHistory;
import org.journeymaps.domain.map.ChangeKind;
import org.journeymaps.domain.kernel.ElementType;
import org.journeymaps.domain.kernel.InvalidFieldException;
import org.journeymaps.domain.map.MapContent;
import org.journeymaps.domain.history.MapDiff;
import org.journeymaps.domain.history.MapVersion;

/**
 * A map's history: its versions listed, opened, compared and restored, and named versions saved. Viewers of the
 * map may read its history; editors may save and restore versions.
 */
@Named
public class VersionService {
    private static final MapPermissions READ_ONLY = new MapPermissions(true, false, false, false);

    private final JourneyMapRepository repository;
    private final MapHistory history;
    private final AccessGuard guard;
    private final MapWriter writer;
    private final Snapshots snapshots;
    private final Clock clock;
    private final MapRestorer restorer;

    @Inject
    public VersionService(JourneyMapRepository repository, MapHistory history, AccessGuard guard, MapWriter writer,
                          Snapshots snapshots, Clock clock, EmotionPointDeletion emotionDeletion) {
        this.repository = repository;
        this.history = history;
        this.guard = guard;
        this.writer = writer;
        this.snapshots = snapshots;
        this.clock = clock;
        this.restorer = new MapRestorer(repository, emotionDeletion);
    }

    /** The map's versions, newest first. */
    public VersionPage list(long mapId, int start, int limit) {
        guard.readableMap(mapId);
        if (start < 0) {
            throw new InvalidFieldException("start", "must not be negative");
        }
        if (limit < 1) {
            throw new InvalidFieldException("limit", "must be at least 1");
        }
        int capped = Math.min(limit, VersionPage.MAX_LIMIT);
        return repository.inTransaction(() -> new VersionPage(history.versions(mapId, start, capped), start, capped,
                history.countVersions(mapId)));
    }

    /** Saves the map as it stands as version n+1 with {@code label}; a change of the map (VERSION_CREATED). */
    public MapVersion save(long mapId, String label) {
        String checked = MapVersion.LABEL.normalise(label);
        return writer.write(mapId, MapWriter.Snapshot.NEVER, () -> {
            MapVersion saved = snapshots.keepNamed(mapId, checked, guard.authorKey(), clock.now());
            return new Edit<>(ChangeKind.CREATED, ElementType.VERSION, saved.number(), saved);
        });
    }

    /** The map as version {@code number} holds it, read-only. */
    public MapView open(long mapId, int number) {
        guard.readableMap(mapId);
        return new MapView(snapshotOf(mapId, number), READ_ONLY);
    }

    /** What changed from {@code from} to {@code to}: version numbers, null for the map as it is now. */
    public VersionComparison compare(long mapId, Integer from, Integer to) {
        guard.readableMap(mapId);
        return repository.inTransaction(() -> {
            MapContent before = from == null ? current(mapId) : snapshotOf(mapId, from);
            MapContent after = to == null ? current(mapId) : snapshotOf(mapId, to);
            return new VersionComparison(new VersionComparison.Side(from, before.map().revision()),
                    new VersionComparison.Side(to, after.map().revision()), MapDiff.between(before, after));
        });
    }

    /**
     * Makes the map's content equal version {@code number}'s, as one new revision (VERSION_RESTORED). Nothing is
     * lost: the state it replaces is kept first as an automatic version. See {@link MapRestorer} for ids.
     */
    public MapView restore(long mapId, int number) {
        MapContent target = repository.inTransaction(() -> {
            guard.editableMap(mapId);
            return snapshotOf(mapId, number);
        });
        writer.write(mapId, MapWriter.Snapshot.ALWAYS, () -> {
            restorer.restore(current(mapId), target);
            return new Edit<Void>(ChangeKind.RESTORED, ElementType.VERSION, number, null);
        });
        MapAccess access = guard.readableMap(mapId);
        return new MapView(repository.inTransaction(() -> current(mapId)), MapPermissions.of(access.page()));
    }

    private MapContent snapshotOf(long mapId, int number) {
        return history.snapshot(mapId, number).orElseThrow(() -> new NotFoundException("version", number));
    }

    private MapContent current(long mapId) {
        return repository.loadContent(mapId).orElseThrow(() -> guard.hidden("map", mapId));
    }
}
