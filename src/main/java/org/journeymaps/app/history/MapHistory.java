package org.journeymaps.app.history;

import org.journeymaps.app.kernel.JourneyMapRepository;
import java.util.List;
import java.util.Optional;
import org.journeymaps.domain.map.MapContent;
import org.journeymaps.domain.history.MapVersion;

/**
 * Storage of the maps' versions: numbered snapshots of whole maps. Numbers are assigned by the use cases, which
 * hold the map's lock (see {@link JourneyMapRepository#nextRevision}) while they do. Also the one element write
 * only a restore needs. Runs inside the repository's transactions.
 */
public interface MapHistory {

    /** Stores the version with {@code snapshot}, the map as it was at the version's revision. */
    void insertVersion(MapVersion version, MapContent snapshot);

    /** The map's version with the highest number; empty when it has none. */
    Optional<MapVersion> latestVersion(long mapId);

    /** The map's versions, newest (highest number) first, {@code offset} and {@code limit} applied. */
    List<MapVersion> versions(long mapId, int offset, int limit);

    int countVersions(long mapId);

    /** The map as version {@code number} holds it; empty when there is no such version. */
    Optional<MapContent> snapshot(long mapId, int number);
}
