package org.journeymaps.rest.map;

import org.journeymaps.app.map.MapPage;

import java.util.List;

/** One page of a listing, in Confluence's paging shape; {@code more} tells whether another page follows. */
public record MapListDto(List<MapSummaryDto> results, int start, int limit, int size, boolean more) {

    public static MapListDto of(MapPage page) {
        return new MapListDto(page.results().stream().map(MapSummaryDto::of).toList(), page.start(),
                page.limit(), page.size(), page.more());
    }
}
