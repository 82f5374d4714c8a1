package org.journeymaps.app.kernel;

import org.journeymaps.app.history.Snapshots;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.function.Supplier;
import org.journeymaps.app.kernel.Clock;
import org.journeymaps.app.kernel.JourneyMapRepository;
import org.journeymaps.domain.map.ChangeKind;
import org.journeymaps.domain.kernel.ElementType;
import org.journeymaps.domain.map.MapChange;

/** Runs writes to a map the same way: permission, then one transaction with revision bump, work and change entry. */
@Named
public class MapWriter {
    private final JourneyMapRepository repository;
    private final AccessGuard guard;
    private final Clock clock;
    private final Snapshots snapshots;

    @Inject
    public MapWriter(JourneyMapRepository repository, AccessGuard guard, Clock clock, Snapshots snapshots) {
        this.repository = repository;
        this.guard = guard;
        this.clock = clock;
        this.snapshots = snapshots;
    }

    /**
     * Checks the caller may edit the map, then runs {@code work} in a transaction that first bumps the revision
     * (which holds back other writers of the map, so work's checks stay true until commit), keeps the map as it
     * was as an automatic version if one is due, and finally appends the change {@code work} reports. If anything
     * throws, nothing is kept.
     */
    public <T> T write(long mapId, Supplier<Edit<T>> work) {
        return write(mapId, Snapshot.IF_DUE, work);
    }

    /** {@link #write(long, Supplier)}, with the automatic version before the work taken as {@code snapshot} says. */
    public <T> T write(long mapId, Snapshot snapshot, Supplier<Edit<T>> work) {
        guard.editableMap(mapId);
        return run(mapId, snapshot, work);
    }

    /** As {@link #write}, for a caller that has checked another right itself (e.g. commenting on the page). */
    public <T> T writeChecked(long mapId, Supplier<Edit<T>> work) {
        return run(mapId, Snapshot.IF_DUE, work);
    }

    private <T> T run(long mapId, Snapshot snapshot, Supplier<Edit<T>> work) {
        String authorKey = guard.authorKey();
        Instant at = clock.now();
        return repository.inTransaction(() -> {
            long revision = repository.nextRevision(mapId, authorKey, at);
            if (snapshot != Snapshot.NEVER) {
                snapshots.keepPrevious(mapId, snapshot == Snapshot.ALWAYS, authorKey, at);
            }
            Edit<T> edit = work.get();
            repository.appendChange(new MapChange(mapId, revision, authorKey, at, edit.kind(), edit.elementType(),
                    edit.elementId()));
            return edit.result();
        });
    }

    /** Whether a write first keeps the map as it was as an automatic version. */
    public enum Snapshot {
        /** When {@link org.journeymaps.domain.history.AutoVersionPolicy} says one is due: ordinary edits. */
        IF_DUE,
        /** Always: a restore, so the state it replaces stays in the history. */
        ALWAYS,
        /** Never: saving a named version, which is itself a snapshot. */
        NEVER
    }

    /**
     * Records a change to a map made from outside it (e.g. through the persona library), inside the caller's
     * transaction; permission is the caller's business.
     */
    public void record(long mapId, String authorKey, ChangeKind kind, ElementType elementType, long elementId) {
        Instant at = clock.now();
        long revision = repository.nextRevision(mapId, authorKey, at);
        repository.appendChange(new MapChange(mapId, revision, authorKey, at, kind, elementType, elementId));
    }
}
