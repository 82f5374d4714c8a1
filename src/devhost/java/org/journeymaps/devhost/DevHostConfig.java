package org.journeymaps.devhost;

import org.journeymaps.devhost.spi.AoModuleHost;
import org.journeymaps.devhost.spi.DemoSeeder;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Supplier;

/**
 * How to start devhost. {@link #defaults()}: port 1990, context path {@code ""}, data in
 * {@code target/devhost-data} (H2), anonymous access off, the {@link AoModuleHost} and {@link DemoSeeder}s
 * found on the classpath. Each {@code with…} returns a changed copy.
 *
 * @param db              JDBC URL of the database ({@code --db}); {@code null} = H2 file in the data dir
 * @param aoModuleHosts   makes a fresh AO host per start (two devhosts on one database need one each)
 * @param extraRestModules test-only REST modules (resource and {@code @Provider} classes) served beside the app's
 * @param jiraUrl          a real Jira's base URL ({@code --jira-url}); {@code null} = devhost's Jira sandbox
 * @param jiraToken        that Jira's personal access token ({@code --jira-token})
 */
public record DevHostConfig(int port, Path dataDir, String db, String contextPath, boolean anonymousAccess,
                            Supplier<Optional<AoModuleHost>> aoModuleHosts, List<DemoSeeder> seeders,
                            List<ExtraRestModule> extraRestModules, String jiraUrl, String jiraToken) {

    public static final int DEFAULT_PORT = 1990;

    /** A REST module that is not in the descriptor, e.g. a test fixture: {@code /rest/<path>/<version>/}. */
    public record ExtraRestModule(String path, String version, List<Class<?>> classes) {
        public ExtraRestModule {
            classes = List.copyOf(classes);
        }
    }

    public DevHostConfig {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port: 0 (any free port) to 65535, got " + port);
        }
        if (dataDir == null) {
            throw new IllegalArgumentException("dataDir: required");
        }
        contextPath = contextPath == null || contextPath.equals("/") ? "" : contextPath;
        if (!contextPath.isEmpty() && (!contextPath.startsWith("/") || contextPath.endsWith("/"))) {
            throw new IllegalArgumentException("contextPath: \"\" or like /confluence, got '" + contextPath + "'");
        }
        seeders = List.copyOf(seeders);
        extraRestModules = List.copyOf(extraRestModules);
    }

    public static DevHostConfig defaults() {
        List<DemoSeeder> seeders = new ArrayList<>();
        ServiceLoader.load(DemoSeeder.class).forEach(seeders::add);
        return new DevHostConfig(DEFAULT_PORT, Path.of("target", "devhost-data"), null, "", false,
                () -> ServiceLoader.load(AoModuleHost.class).findFirst(), seeders, List.of(), null, null);
    }

    /** The database devhost hands to the AO host. */
    public String jdbcUrl() {
        return db != null ? db : "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("h2").resolve("journeymaps");
    }

    public DevHostConfig withPort(int newPort) {
        return new DevHostConfig(newPort, dataDir, db, contextPath, anonymousAccess, aoModuleHosts,
                seeders, extraRestModules, jiraUrl, jiraToken);
    }

    public DevHostConfig withDataDir(Path newDataDir) {
        return new DevHostConfig(port, newDataDir, db, contextPath, anonymousAccess, aoModuleHosts,
                seeders, extraRestModules, jiraUrl, jiraToken);
    }

    public DevHostConfig withDb(String jdbcUrl) {
        return new DevHostConfig(port, dataDir, jdbcUrl, contextPath, anonymousAccess, aoModuleHosts,
                seeders, extraRestModules, jiraUrl, jiraToken);
    }

    public DevHostConfig withContextPath(String newContextPath) {
        return new DevHostConfig(port, dataDir, db, newContextPath, anonymousAccess, aoModuleHosts,
                seeders, extraRestModules, jiraUrl, jiraToken);
    }

    public DevHostConfig withAnonymousAccess(boolean allowed) {
        return new DevHostConfig(port, dataDir, db, contextPath, allowed, aoModuleHosts,
                seeders, extraRestModules, jiraUrl, jiraToken);
    }

    public DevHostConfig withAoModuleHost(Supplier<AoModuleHost> factory) {
        return new DevHostConfig(port, dataDir, db, contextPath, anonymousAccess, () -> Optional.of(factory.get()),
                seeders, extraRestModules, jiraUrl, jiraToken);
    }

    public DevHostConfig withSeeders(List<DemoSeeder> newSeeders) {
        return new DevHostConfig(port, dataDir, db, contextPath, anonymousAccess, aoModuleHosts,
                newSeeders, extraRestModules, jiraUrl, jiraToken);
    }

    /** A real Jira instead of the sandbox: its base URL and a personal access token. */
    public DevHostConfig withJira(String url, String token) {
        if (url == null || url.isBlank() || token == null || token.isBlank()) {
            throw new IllegalArgumentException("--jira-url and --jira-token: both required to use a real Jira");
        }
        return new DevHostConfig(port, dataDir, db, contextPath, anonymousAccess, aoModuleHosts, seeders,
                extraRestModules, url, token);
    }

    /** True when the app's Jira is devhost's in-process sandbox. */
    public boolean jiraSandbox() {
        return jiraUrl == null;
    }

    public DevHostConfig withExtraRestModule(String path, String version, Class<?>... classes) {
        List<ExtraRestModule> modules = new ArrayList<>(extraRestModules);
        modules.add(new ExtraRestModule(path, version, List.of(classes)));
        return new DevHostConfig(port, dataDir, db, contextPath, anonymousAccess, aoModuleHosts,
                seeders, modules, jiraUrl, jiraToken);
    }
}
