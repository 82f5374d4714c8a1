package org.journeymaps.devhost.app;

import com.atlassian.confluence.spaces.SpaceManager;
import jakarta.ws.rs.Path;
import org.journeymaps.devhost.app.fixture.Greeter;
import org.journeymaps.devhost.app.fixture.GreetingResource;
import org.journeymaps.devhost.directory.DemoDirectory;
import org.journeymaps.devhost.directory.DevDirectory;
import org.journeymaps.devhost.directory.DirectorySpaceManager;
import org.journeymaps.devhost.app.wrong.unexported.ImportOfAppClass;
import org.journeymaps.devhost.app.wrong.unimported.UnimportedService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AppContainerTest {

    private static final String FIXTURES = Greeter.class.getPackageName();
    private static final ClassLoader LOADER = AppContainerTest.class.getClassLoader();
    private static final Map<Class<?>, Object> HOST_SERVICES =
            Map.of(SpaceManager.class, new DirectorySpaceManager(DemoDirectory.seed(new DevDirectory())));

    @Test
    void container_shouldWireNamedComponentsWithHostServicesByType() {
        try (AppContainer container = new AppContainer(testClassesRoot(), LOADER, FIXTURES, HOST_SERVICES)) {
            assertThat(container.context().getBean(Greeter.class).greet("DEMO")).isEqualTo("Hello Expérience client");
            assertThat(container.create(Greeter.class)).isSameAs(container.context().getBean(Greeter.class));
        }
    }

    @Test
    void create_shouldInjectClassesTheContainerDoesNotManage() {
        try (AppContainer container = new AppContainer(testClassesRoot(), LOADER, FIXTURES, HOST_SERVICES)) {
            List<Class<?>> resources = container.appClassesAnnotatedWith(Path.class, List.of());

            assertThat(resources).containsExactly(GreetingResource.class);
            assertThat(((GreetingResource) container.create(resources.get(0))).get()).isEqualTo("Hello Expérience client");
        }
    }

    @Test
    void container_shouldIgnoreClassesOutsideTheAppRoot() {
        try (AppContainer container = new AppContainer(AppRoot.locate(LOADER), LOADER, FIXTURES, HOST_SERVICES)) {
            assertThat(container.context().getBeanNamesForType(Greeter.class)).isEmpty();
            assertThat(container.appClassesAnnotatedWith(Path.class, List.of())).isEmpty();
        }
    }

    @Test
    void container_shouldRefuseAnAppWithoutASpringContextAskingForTheScannerIndexes(@TempDir java.nio.file.Path noContext)
            throws Exception {
        AppRoot root = AppRoot.at(noContext.toUri().toURL());

        assertThatThrownBy(() -> new AppContainer(root, LOADER, FIXTURES, HOST_SERVICES))
                .hasMessageContaining("scan-indexes");
    }

    @Test
    void container_shouldRefuseAHostServiceTakenWithoutComponentImport() {
        assertThatThrownBy(() -> new AppContainer(testClassesRoot(), LOADER, UnimportedService.class.getPackageName(),
                HOST_SERVICES)).hasMessageContaining("without @ComponentImport");
    }

    @Test
    void container_shouldRefuseAComponentImportOfSomethingTheHostDoesNotExport() {
        assertThatThrownBy(() -> new AppContainer(testClassesRoot(), LOADER, ImportOfAppClass.class.getPackageName(),
                HOST_SERVICES)).hasMessageContaining("exports no such service");
    }

    @Test
    void appRoot_shouldBeTheRootHoldingTheDescriptor() {
        AppRoot root = AppRoot.locate(LOADER);

        assertThat(root.descriptor().toExternalForm()).endsWith("/classes/atlassian-plugin.xml");
        assertThat(root.contains(Greeter.class)).isFalse();
        assertThat(root.contains(String.class)).isFalse();
        assertThat(root.resource("atlassian-plugin.xml")).isPresent();
        assertThat(root.resource("../test-classes/devhost-fixtures/i18n/sample.properties")).isEmpty();
    }

    private static AppRoot testClassesRoot() {
        return AppRoot.at(AppContainerTest.class.getProtectionDomain().getCodeSource().getLocation());
    }
}
