package org.journeymaps.app.counterpart;

import org.journeymaps.app.kernel.AccessGuard;
import org.journeymaps.app.kernel.NotFoundException;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.journeymaps.app.kernel.JourneyMapRepository;
import org.journeymaps.domain.kernel.InvalidFieldException;
import org.journeymaps.domain.map.JourneyMap;
import org.journeymaps.domain.map.JourneyState;
import org.journeymaps.domain.map.MapContent;
import org.journeymaps.domain.counterpart.CounterpartComparison;

/**
 * A map beside its counterpart in the other state: the map's own link, or else the first map of its space
 * linked to it. Both must be visible to the caller.
 */
@Named
public class CounterpartService {
    private final JourneyMapRepository repository;
    private final AccessGuard guard;
    private final Counterparts counterparts;

    @Inject
    public CounterpartService(JourneyMapRepository repository, AccessGuard guard) {
        this.repository = repository;
        this.guard = guard;
        this.counterparts = new Counterparts(repository, guard);
    }

    /** The current map's and the future map's emotion curves aligned, and the pain points the future addresses. */
    public CounterpartComparison compare(long mapId) {
        JourneyMap map = guard.readableMap(mapId).map();
        Long counterpartId = map.counterpartMapId() != null ? map.counterpartMapId()
                : counterparts.pointingAt(map).stream().map(JourneyMap::id).findFirst().orElse(null);
        if (counterpartId == null) {
            throw new NotFoundException("counterpart of map", mapId);
        }
        JourneyMap other = guard.readableMap(counterpartId).map();
        if (other.state() == map.state()) {
            throw new InvalidFieldException(Counterparts.FIELD, "map " + counterpartId + " is in the same state, "
                    + map.state());
        }
        return repository.inTransaction(() -> {
            MapContent mine = load(mapId);
            MapContent theirs = load(counterpartId);
            return map.state() == JourneyState.CURRENT ? CounterpartComparison.of(mine, theirs)
                    : CounterpartComparison.of(theirs, mine);
        });
    }

    private MapContent load(long mapId) {
        return repository.loadContent(mapId).orElseThrow(() -> guard.hidden("map", mapId));
    }
}
