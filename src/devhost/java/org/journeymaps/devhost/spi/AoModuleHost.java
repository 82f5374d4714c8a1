package org.journeymaps.devhost.spi;

import org.journeymaps.devhost.descriptor.AoModule;

/**
 * Hosts the app's {@code <ao>} module the way Confluence's Active Objects plugin does (implemented by
 * devhost's AO-over-JDBC). Devhost finds the implementation through {@link java.util.ServiceLoader}
 * ({@code META-INF/services/org.journeymaps.devhost.spi.AoModuleHost} on the test classpath) unless
 * {@code DevHostConfig.withAoModuleHost} names one; without either, an {@code <ao>} module stops start-up.
 *
 * <p>Lifecycle: {@link #host} before the app's components are wired, {@link #start} once they are,
 * {@link #close} when devhost stops.
 */
public interface AoModuleHost extends AutoCloseable {

    /**
     * Prepares Active Objects for the module: connects to the database and reports whether it was empty.
     * Returns the host services to offer the app as beans (e.g. {@code ActiveObjects.class → instance}).
     * Must not run upgrade tasks yet: they may need app components that do not exist at this point.
     */
    HostedAo host(AoModule module, AoEnvironment environment);

    /** Runs after the app's components are wired; create upgrade tasks through {@code components}. */
    void start(ComponentFactory components);

    @Override
    void close();
}
