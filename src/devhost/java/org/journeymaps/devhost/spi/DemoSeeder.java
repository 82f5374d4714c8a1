package org.journeymaps.devhost.spi;

import org.journeymaps.devhost.directory.DevDirectory;

/**
 * Fills devhost with demo content. Devhost finds seeders through {@link java.util.ServiceLoader}
 * ({@code META-INF/services/org.journeymaps.devhost.spi.DemoSeeder}) unless
 * {@code DevHostConfig.withSeeders} names them.
 */
public interface DemoSeeder {

    /**
     * Every start, before the app is wired: pages are kept in memory (like a fresh Confluence), so page
     * bodies, e.g. the journey-map macro in the demo pages, are put in here. The demo spaces, users and
     * pages of {@code DemoDirectory} already exist.
     */
    default void preparePages(DevDirectory directory) {
    }

    /** Once, after start, when the database was empty: the app's demo data, through the app's own services. */
    void seedData(SeedContext context);
}
