package org.journeymaps.app.kernel;

import org.journeymaps.domain.kernel.Require;
import org.journeymaps.domain.kernel.Versioned;

/** The optimistic concurrency check every patch goes through. */
public final class Versions {
    private Versions() {
    }

    /** {@code current}, if {@code expected} (required) is its version; otherwise a conflict carrying it. */
    public static <T extends Versioned> T requireCurrent(T current, Long expected) {
        if (Require.present("version", expected) != current.version()) {
            throw new ConflictException(current);
        }
        return current;
    }
}
