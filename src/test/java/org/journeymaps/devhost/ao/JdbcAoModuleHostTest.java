package org.journeymaps.devhost.ao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicInteger;
import net.java.ao.Query;
import org.journeymaps.ao.map.AoJourneyMap;
import org.journeymaps.ao.structure.AoStage;
import org.journeymaps.ao.kernel.JourneyMapEntities;
import org.journeymaps.ao.upgrade.V1InitialSchemaUpgradeTask;
import org.journeymaps.devhost.descriptor.AoModule;
import org.journeymaps.devhost.descriptor.DescriptorException;
import org.journeymaps.devhost.spi.AoEnvironment;
import org.journeymaps.devhost.spi.AoModuleHost;
import org.journeymaps.devhost.spi.ComponentFactory;
import org.journeymaps.devhost.spi.HostedAo;
import org.journeymaps.domain.map.JourneyState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcAoModuleHostTest {
    private static final AtomicInteger NEXT_SCHEMA = new AtomicInteger();
    private static final AoModule APP_MODULE = new AoModule("ao-module", "org.journeymaps",
            Arrays.stream(JourneyMapEntities.ALL).map(Class::getName).toList(),
            List.of(V1InitialSchemaUpgradeTask.class.getName()));
    /** Creates upgrade tasks by their no-argument constructor, as the container would for this one. */
    private static final ComponentFactory COMPONENTS = new ComponentFactory() {
        @Override
        public <T> T create(Class<T> type) {
            try {
                return type.getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    };

    @Test
    void devhostFindsThisHostOnTheClasspath() {
        assertThat(ServiceLoader.load(AoModuleHost.class).findFirst()).get().isInstanceOf(JdbcAoModuleHost.class);
    }

    @Test
    void anH2FileDatabaseIsFreshUntilTheModuleHasStartedOnIt(@TempDir Path dataDir) {
        String url = "jdbc:h2:file:" + dataDir.resolve("journeymaps");

        assertThat(hostStartAndWrite(url, Map.of())).as("fresh at first").isTrue();
        assertThat(hostStartAndWrite(url, Map.of())).as("fresh after start").isFalse();
    }

    @Test
    void aPostgresDatabaseIsFreshUntilTheModuleHasStartedOnIt() {
        String schema = "hosttest" + NEXT_SCHEMA.incrementAndGet();
        EmbeddedPostgresHolder.execute("CREATE SCHEMA " + schema);
        try {
            String url = EmbeddedPostgresHolder.get().getJdbcUrl("postgres", "postgres") + "&currentSchema=" + schema;
            Map<String, String> environment = Map.of(DatabaseUrl.PASSWORD_VARIABLE, "postgres");

            assertThat(hostStartAndWrite(url, environment)).isTrue();
            assertThat(hostStartAndWrite(url, environment)).isFalse();
        } finally {
            EmbeddedPostgresHolder.execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }

    @Test
    void entitiesAndUpgradeTasksMustBeAppClassesOfTheirKind(@TempDir Path dataDir) {
        String url = "jdbc:h2:file:" + dataDir.resolve("journeymaps");
        AoModule missing = new AoModule("ao", "org.journeymaps", List.of("org.journeymaps.ao.AoNothing"), List.of());
        AoModule notAnEntity = new AoModule("ao", "org.journeymaps", List.of(String.class.getName()), List.of());

        try (JdbcAoModuleHost host = new JdbcAoModuleHost(name -> null)) {
            assertThatThrownBy(() -> host.host(missing, environment(url)))
                    .isInstanceOf(DescriptorException.class).hasMessageContaining("AoNothing");
        }
        try (JdbcAoModuleHost host = new JdbcAoModuleHost(name -> null)) {
            assertThatThrownBy(() -> host.host(notAnEntity, environment(url)))
                    .isInstanceOf(DescriptorException.class).hasMessageContaining("java.lang.String");
        }
    }

    /**
     * Hosts the app's module, starts it (upgrade tasks, migration), checks the services by writing a map under
     * a cluster lock, and closes it; returns whether the database was fresh.
     */
    private static boolean hostStartAndWrite(String url, Map<String, String> environment) {
        try (JdbcAoModuleHost host = new JdbcAoModuleHost(environment::get)) {
            HostedAo hosted = host.host(APP_MODULE, environment(url));
            host.start(COMPONENTS);
            JdbcActiveObjects ao = (JdbcActiveObjects) hosted.services().get(ActiveObjects.class);
            ClusterLock lock = ((ClusterLockService) hosted.services().get(ClusterLockService.class))
                    .getLockForName("org.journeymaps.test");
            lock.lock();
            try {
                assertThat(ao.count(AoStage.class, Query.select())).isZero();
                assertThat(new AoUpgradeRunner(ao).currentVersion()).hasToString("1");
                ao.executeInTransaction(() -> ao.create(AoJourneyMap.class, Map.of("PAGE_ID", 1L, "SPACE_KEY", "DS",
                        "TITLE", "Carte", "JOURNEY_STATE", JourneyState.CURRENT,
                        "REVISION", 1L, "EDIT_VERSION", 1L, "CREATED_AT", new Date(),
                        "UPDATED_AT", new Date())));
            } finally {
                lock.unlock();
            }
            return hosted.freshDatabase();
        }
    }

    private static AoEnvironment environment(String url) {
        return new AoEnvironment(url, Path.of("target"), JdbcAoModuleHostTest.class.getClassLoader());
    }
}
