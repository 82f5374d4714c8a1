package org.journeymaps.app.kernel;

import java.time.Instant;

/** The time use cases stamp on changes; a port so tests can fix it. */
public interface Clock {
    Instant now();
}
