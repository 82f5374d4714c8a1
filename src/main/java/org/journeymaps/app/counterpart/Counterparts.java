package org.journeymaps.app.counterpart;

import org.journeymaps.app.kernel.AccessGuard;
import org.journeymaps.app.kernel.AuthenticationRequiredException;
import org.journeymaps.app.kernel.MapAccess;
import org.journeymaps.app.kernel.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.journeymaps.app.kernel.JourneyMapRepository;
import org.journeymaps.app.map.MapQuery;
import org.journeymaps.domain.kernel.InvalidFieldException;
import org.journeymaps.domain.map.JourneyMap;

/**
 * Links between a map and its counterpart in the other state (a FUTURE map and the CURRENT one it improves on).
 * A link is stored on the map that was patched; either side may hold it.
 */
public final class Counterparts {
    static final String FIELD = "counterpartMapId";
    /** Maps read per query when looking through a space for links. */
    private static final int PAGE = 200;

    private final JourneyMapRepository repository;
    private final AccessGuard guard;

    public Counterparts(JourneyMapRepository repository, AccessGuard guard) {
        this.repository = repository;
        this.guard = guard;
    }

    /**
     * {@code edited} with the link the patch asks for (null leaves it, empty clears it), checked when it or the
     * map's state changed: the counterpart is another map of the same space, in the other state, which the caller
     * may view and edit. Every refusal names {@link #FIELD}.
     */
    @SuppressWarnings("OptionalUsedAsFieldOrParameterType") // unchanged, cleared or set
    public JourneyMap link(JourneyMap before, JourneyMap edited, Optional<Long> counterpartMapId) {
        JourneyMap linked = counterpartMapId == null ? edited : edited.withCounterpart(counterpartMapId.orElse(null));
        boolean changed = counterpartMapId != null || linked.state() != before.state();
        if (linked.counterpartMapId() != null && changed) {
            check(linked, linked.counterpartMapId());
        }
        return linked;
    }

    private void check(JourneyMap map, long counterpartId) {
        if (counterpartId == map.id()) {
            throw new InvalidFieldException(FIELD, "must be another map");
        }
        MapAccess other;
        try {
            other = guard.readableMap(counterpartId);
        } catch (NotFoundException | AuthenticationRequiredException hidden) {
            throw new InvalidFieldException(FIELD, "no map " + counterpartId + " you may view");
        }
        if (!other.map().spaceKey().equals(map.spaceKey())) {
            throw new InvalidFieldException(FIELD, "must be a map of space " + map.spaceKey());
        }
        if (other.map().state() == map.state()) {
            throw new InvalidFieldException(FIELD, "must be a map in the other state than " + map.state());
        }
        if (!other.page().edit()) {
            throw new InvalidFieldException(FIELD, "you may not edit map " + counterpartId);
        }
    }

    /** The maps of {@code map}'s space linked to it, in title order. */
    public List<JourneyMap> pointingAt(JourneyMap map) {
        List<JourneyMap> found = new ArrayList<>();
        MapQuery space = new MapQuery(null, map.spaceKey(), null);
        for (int offset = 0; ; offset += PAGE) {
            List<JourneyMap> page = repository.findMaps(space, offset, PAGE);
            page.stream().filter(m -> Long.valueOf(map.id()).equals(m.counterpartMapId())).forEach(found::add);
            if (page.size() < PAGE) {
                return found;
            }
        }
    }
}
