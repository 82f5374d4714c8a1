package org.journeymaps.app.kernel;

import jakarta.inject.Named;
import java.time.Instant;

/** The default {@link Clock}: the machine's time. */
@Named
public class SystemClock implements Clock {
    @Override
    public Instant now() {
        return Instant.now();
    }
}
