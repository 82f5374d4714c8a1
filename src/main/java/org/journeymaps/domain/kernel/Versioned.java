package org.journeymaps.domain.kernel;

/**
 * An element edited under optimistic concurrency: each write names the version it was based on and produces
 * the next one. Elements not stored yet carry {@link #UNSAVED_ID}; the store assigns the real id.
 */
public interface Versioned {
    long UNSAVED_ID = 0;
    long FIRST_VERSION = 1;

    long id();

    long version();
}
