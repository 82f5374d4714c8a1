package org.journeymaps.rest.history;

import java.time.Instant;
import java.util.function.UnaryOperator;
import org.journeymaps.domain.history.MapVersion;
import org.journeymaps.domain.history.VersionKind;

/**
 * A version of a map, without its content: number, label (null for automatic ones), kind, author (user key and the
 * name to show), time.
 */
public record VersionDto(int number, String label, VersionKind kind, String author, String authorName,
                         Instant createdAt, long revision) {

    public static VersionDto of(MapVersion version, UnaryOperator<String> names) {
        return new VersionDto(version.number(), version.label(), version.kind(), version.authorKey(),
                names.apply(version.authorKey()), version.createdAt(), version.mapRevision());
    }
}
