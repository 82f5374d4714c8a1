package org.journeymaps.domain.history;

import java.time.Duration;
import java.time.Instant;

/**
 * When the app takes an automatic version: on a write, if the map has no version yet or its latest version (of
 * either kind) is at least {@link #INTERVAL} old. So an editing session leaves at most one version per interval,
 * and a map nobody edits gains none.
 */
public final class AutoVersionPolicy {
    public static final Duration INTERVAL = Duration.ofMinutes(10);

    private AutoVersionPolicy() {
    }

    /** Whether a write at {@code now} takes a version, given when the latest one was taken (null: never). */
    public static boolean isDue(Instant latestVersionAt, Instant now) {
        return latestVersionAt == null || !now.isBefore(latestVersionAt.plus(INTERVAL));
    }
}
