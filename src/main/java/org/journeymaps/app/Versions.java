package org.journeymaps.app;

import org.journeymaps.domain.Require;
import org.journeymaps.domain.Versioned;

/** The optimistic concurrency check every patch goes through. */
final class Versions {
    private Versions() {
    }

    /** {@code current}, if {@code expected} (required) is its version; otherwise a conflict carrying it. */
    static <T extends Versioned> T requireCurrent(T current, Long expected) {
        if (Require.present("version", expected) != current.version()) {
            throw new ConflictException(current);
        }
        return current;
    }
}
