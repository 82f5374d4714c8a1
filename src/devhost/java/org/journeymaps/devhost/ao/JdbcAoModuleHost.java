package org.journeymaps.devhost.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.beehive.ClusterLockService;
import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import net.java.ao.RawEntity;
import org.journeymaps.devhost.cluster.DatabaseClusterLockService;
import org.journeymaps.devhost.descriptor.AoModule;
import org.journeymaps.devhost.descriptor.DescriptorException;
import org.journeymaps.devhost.spi.AoEnvironment;
import org.journeymaps.devhost.spi.AoModuleHost;
import org.journeymaps.devhost.spi.ComponentFactory;
import org.journeymaps.devhost.spi.HostedAo;

/**
 * Devhost's Active Objects plugin (found through {@link java.util.ServiceLoader}): hosts the app's {@code <ao>}
 * module on the database of {@code --db} (see {@link DatabaseUrl} for the URLs and PostgreSQL credentials) and
 * offers the app {@link ActiveObjects} and a database-backed {@link ClusterLockService}. Upgrade tasks run at
 * {@link #start}, then the module's entities are migrated, as the AO plugin does.
 */
public final class JdbcAoModuleHost implements AoModuleHost {
    private final Function<String, String> environment;
    private final Deque<HikariDataSource> pools = new ArrayDeque<>();
    private AoModule module;
    private ClassLoader appClassLoader;
    private JdbcActiveObjects ao;

    public JdbcAoModuleHost() {
        this(System::getenv);
    }

    /** @param environment reads environment variables, e.g. the PostgreSQL credentials */
    JdbcAoModuleHost(Function<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public HostedAo host(AoModule hostedModule, AoEnvironment environmentOfApp) {
        if (ao != null) {
            throw new IllegalStateException("This host already hosts the <ao> module " + module.key());
        }
        module = hostedModule;
        appClassLoader = environmentOfApp.appClassLoader();
        List<Class<? extends RawEntity<?>>> entities = entities();
        HikariDataSource data = open(environmentOfApp.jdbcUrl());
        // Locks get a pool of their own: a holder keeps a lock connection while its transaction holds another one.
        HikariDataSource lockPool = open(environmentOfApp.jdbcUrl());
        ao = new JdbcActiveObjects(data, module.namespace());
        boolean fresh = entities.stream().noneMatch(this::tableExists);
        return new HostedAo(Map.of(ActiveObjects.class, ao,
                ClusterLockService.class, new DatabaseClusterLockService(lockPool)), fresh);
    }

    @Override
    public void start(ComponentFactory components) {
        if (ao == null) {
            throw new IllegalStateException("start() before host()");
        }
        List<ActiveObjectsUpgradeTask> tasks = module.upgradeTasks().stream()
                .map(name -> components.create(appClass(name, ActiveObjectsUpgradeTask.class, "upgradeTask")))
                .map(ActiveObjectsUpgradeTask.class::cast)
                .toList();
        new AoUpgradeRunner(ao).run(tasks, entities());
    }

    @Override
    public void close() {
        RuntimeException failure = null;
        while (!pools.isEmpty()) {
            try {
                pools.pop().close();
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private HikariDataSource open(String jdbcUrl) {
        HikariDataSource pool = DatabaseUrl.open(jdbcUrl, environment);
        pools.push(pool);
        return pool;
    }

    private boolean tableExists(Class<? extends RawEntity<?>> entity) {
        String table = ao.tableName(entity);
        return ao.sql().metadata(connection -> !SchemaReader.columns(connection, table).isEmpty());
    }

    @SuppressWarnings("unchecked")
    private List<Class<? extends RawEntity<?>>> entities() {
        return module.entities().stream()
                .<Class<? extends RawEntity<?>>>map(name -> (Class<? extends RawEntity<?>>) appClass(name, RawEntity.class,
                        "entity"))
                .toList();
    }

    private Class<?> appClass(String name, Class<?> expected, String element) {
        Class<?> type;
        try {
            type = Class.forName(name, false, appClassLoader);
        } catch (ClassNotFoundException e) {
            throw new DescriptorException("<ao> " + element + " " + name + " is not a class of the app", e);
        }
        if (!expected.isAssignableFrom(type)) {
            throw new DescriptorException("<ao> " + element + " " + name + " is not a " + expected.getName());
        }
        return type;
    }
}
