package org.journeymaps.devhost.spi;


/**
 * Fills devhost with demo content. Devhost finds seeders through {@link java.util.ServiceLoader}
 * ({@code META-INF/services/org.journeymaps.devhost.spi.DemoSeeder}) unless
 * {@code DevHostConfig.withSeeders} names them.
 */
public interface DemoSeeder {

    /** Once, after start, when the database was empty: the app's demo data, through the app's own services. */
    void seedData(SeedContext context);

    /**
     * Every start, after {@link #seedData}: pages are kept in memory (like a fresh Confluence) while the app's
     * data persists, so page bodies that name stored data, e.g. the journey-map macro with a map's id, are
     * written here. The demo spaces, users and pages of {@code DemoDirectory} already exist.
     */
    default void writePages(SeedContext context) {
    }
}
