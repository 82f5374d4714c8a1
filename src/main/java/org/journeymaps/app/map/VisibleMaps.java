package org.journeymaps.app.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.journeymaps.app.kernel.AccessPolicy;
import org.journeymaps.app.kernel.JourneyMapRepository;
import org.journeymaps.app.map.MapQuery;
import org.journeymaps.domain.kernel.InvalidFieldException;
import org.journeymaps.domain.map.JourneyMap;

/**
 * Lists maps page by page counting only those the caller may view: the store cannot filter by Confluence
 * permissions, so it is read in batches, and {@code start} counts visible maps.
 */
final class VisibleMaps {
    private static final int BATCH = 100;
    private final JourneyMapRepository repository;
    private final AccessPolicy accessPolicy;

    VisibleMaps(JourneyMapRepository repository, AccessPolicy accessPolicy) {
        this.repository = repository;
        this.accessPolicy = accessPolicy;
    }

    MapPage page(MapQuery query, int start, int limit) {
        if (start < 0) {
            throw new InvalidFieldException("start", "must not be negative");
        }
        if (limit < 1) {
            throw new InvalidFieldException("limit", "must be at least 1");
        }
        int size = Math.min(limit, MapPage.MAX_LIMIT);
        Map<Long, Boolean> viewableByPage = new HashMap<>();
        List<JourneyMap> visible = new ArrayList<>();
        int skipped = 0;
        for (int offset = 0; ; offset += BATCH) {
            List<JourneyMap> batch = repository.findMaps(query, offset, BATCH);
            for (JourneyMap map : batch) {
                if (!viewableByPage.computeIfAbsent(map.pageId(), id -> accessPolicy.accessTo(id).view())) {
                    continue;
                }
                if (skipped < start) {
                    skipped++;
                    continue;
                }
                // One visible map beyond the page tells that there are more.
                if (visible.size() == size) {
                    return new MapPage(visible, start, size, true);
                }
                visible.add(map);
            }
            if (batch.size() < BATCH) {
                return new MapPage(visible, start, size, false);
            }
        }
    }
}
