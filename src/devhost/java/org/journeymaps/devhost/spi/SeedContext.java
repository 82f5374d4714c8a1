package org.journeymaps.devhost.spi;

import org.journeymaps.devhost.directory.DevDirectory;

/** What a {@link DemoSeeder} may use to create demo data. */
public interface SeedContext {

    DevDirectory directory();

    /** An app component or host service, by type. */
    <T> T component(Class<T> type);

    /** Runs the action as the named user (bound to {@code AuthenticatedUserThreadLocal}), as a request would. */
    void asUser(String userName, Runnable action);
}
