package org.journeymaps.ao.kernel;

import org.journeymaps.ao.map.AoJourneyMapRepository;
import org.journeymaps.ao.AoRepositoryTest;
import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.beehive.ClusterLockService;
import org.journeymaps.app.kernel.JourneyMapRepository;
import org.journeymaps.devhost.ao.JdbcActiveObjects;
import org.journeymaps.devhost.ao.TestDatabase;
import org.journeymaps.devhost.cluster.DatabaseClusterLockService;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathBeanDefinitionScanner;
import org.springframework.context.support.GenericApplicationContext;

/** Spring wires the repository from its {@code @Inject} constructor and the host's services, as devhost does. */
class RepositoryWiringTest {

    @Test
    void theAoPackagesComponentsAreWiredWithActiveObjectsAndTheClusterLockService() {
        try (TestDatabase.OpenDatabase database = TestDatabase.H2.open();
                GenericApplicationContext context = new GenericApplicationContext()) {
            JdbcActiveObjects ao = new JdbcActiveObjects(database.dataSource(), AoRepositoryTest.NAMESPACE);
            ao.migrate(JourneyMapEntities.ALL);
            context.registerBean(ActiveObjects.class, () -> ao);
            context.registerBean(ClusterLockService.class, () -> new DatabaseClusterLockService(database.dataSource()));
            new ClassPathBeanDefinitionScanner(context, true).scan("org.journeymaps.ao");
            context.refresh();

            JourneyMapRepository repository = context.getBean(JourneyMapRepository.class);

            assertThat(repository).isInstanceOf(AoJourneyMapRepository.class);
            assertThat(repository.findMap(1)).isEmpty();
        }
    }
}
