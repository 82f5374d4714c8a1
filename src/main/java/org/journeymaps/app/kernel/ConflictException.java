package org.journeymaps.app.kernel;

import org.journeymaps.domain.kernel.Versioned;

/** A write was based on a version that is no longer current; {@link #current()} is the element as it is now. */
public class ConflictException extends RuntimeException {
    private final transient Versioned current;

    public ConflictException(Versioned current) {
        super("changed by someone else: now at version " + current.version());
        this.current = current;
    }

    public Versioned current() {
        return current;
    }
}
