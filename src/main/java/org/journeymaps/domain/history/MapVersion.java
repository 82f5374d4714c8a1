package org.journeymaps.domain.history;

import java.time.Instant;
import org.journeymaps.domain.kernel.Limits;
import org.journeymaps.domain.kernel.TextField;

/**
 * A numbered snapshot of a whole map (its content is stored alongside): number {@code n} counts 1, 2, … per map;
 * {@code mapRevision} is the revision the snapshot shows; {@code authorKey} is null when anonymous.
 */
public record MapVersion(long mapId, int number, String label, VersionKind kind, String authorKey, Instant createdAt,
                         long mapRevision) {

    public static final TextField LABEL = TextField.requiredLine("label", Limits.NAME_LENGTH);

    /** A version someone saved with a label (checked here). */
    public static MapVersion named(long mapId, int number, String label, String authorKey, Instant at, long revision) {
        return new MapVersion(mapId, number, LABEL.normalise(label), VersionKind.NAMED, authorKey, at, revision);
    }

    /** A version the app took; its label is made by the caller (it may be shown as is). */
    public static MapVersion automatic(long mapId, int number, String label, String authorKey, Instant at,
                                       long revision) {
        return new MapVersion(mapId, number, label, VersionKind.AUTOMATIC, authorKey, at, revision);
    }
}
