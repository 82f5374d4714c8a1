package org.journeymaps.rest.history;

import java.util.List;
import java.util.function.UnaryOperator;
import org.journeymaps.app.history.VersionPage;

/** One page of a map's versions, newest first, in Confluence's paging shape plus the total. */
public record VersionListDto(List<VersionDto> results, int start, int limit, int size, int total, boolean more) {

    public static VersionListDto of(VersionPage page, UnaryOperator<String> names) {
        List<VersionDto> results = page.results().stream().map(version -> VersionDto.of(version, names)).toList();
        return new VersionListDto(results, page.start(), page.limit(), results.size(), page.total(),
                page.start() + results.size() < page.total());
    }
}
