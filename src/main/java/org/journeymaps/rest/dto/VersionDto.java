package org.journeymaps.rest.dto;

import java.time.Instant;
import org.journeymaps.domain.history.MapVersion;
import org.journeymaps.domain.history.VersionKind;

/** A version of a map, without its content: number, label (null for automatic ones), kind, author, time. */
public record VersionDto(int number, String label, VersionKind kind, String author, Instant createdAt,
                         long revision) {

    public static VersionDto of(MapVersion version) {
        return new VersionDto(version.number(), version.label(), version.kind(), version.authorKey(),
                version.createdAt(), version.mapRevision());
    }
}
