package org.journeymaps.devhost.spi;

import java.nio.file.Path;

/**
 * Where the app's data lives: {@code jdbcUrl} is the {@code --db} option, or an H2 file database under
 * {@code dataDir} by default; {@code appClassLoader} loads the entity and upgrade-task classes.
 */
public record AoEnvironment(String jdbcUrl, Path dataDir, ClassLoader appClassLoader) {
}
