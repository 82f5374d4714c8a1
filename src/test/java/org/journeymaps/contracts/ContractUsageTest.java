package org.journeymaps.contracts;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.journeymaps.contracts.fixture.FakeContractCallback;
import org.journeymaps.contracts.fixture.FakeContractMarker;
import org.journeymaps.contracts.fixture.FakeContractPlugin;
import org.journeymaps.contracts.fixture.FakeContractService;
import org.journeymaps.contracts.fixture.FixtureApp;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContractUsageTest {

    private final JavaClasses all = new ClassFileImporter().importClasses(FixtureApp.class,
            FakeContractService.class, FakeContractCallback.class, FakeContractPlugin.class,
            FakeContractMarker.class);
    private final ContractUsage usage = ContractUsage.of(
            all.that(JavaClass.Predicates.equivalentTo(FixtureApp.class)),
            type -> type.getSimpleName().startsWith("FakeContract"));

    @Test
    void calledMethodIsUsedAndUncalledIsNot() {
        JavaClass service = all.get(FakeContractService.class);
        assertThat(usage.isUsed(service.getMethod("called"))).isTrue();
        assertThat(usage.isUsed(service.getMethod("neverCalled"))).isFalse();
    }

    @Test
    void overriddenMethodIsUsed() {
        assertThat(usage.isUsed(all.get(FakeContractPlugin.class).getMethod("implemented"))).isTrue();
    }

    @Test
    void lambdaImplementsTheFunctionalInterfaceMethod() {
        assertThat(usage.isUsed(all.get(FakeContractCallback.class).getMethod("doIt"))).isTrue();
    }

    @Test
    void annotationElementsCountWhenSetOrDefaulted() {
        JavaClass marker = all.get(FakeContractMarker.class);
        assertThat(usage.isUsed(marker.getMethod("value"))).isTrue();
        assertThat(usage.isUsed(marker.getMethod("setNowhere"))).isTrue();
        assertThat(usage.isUsed(marker.getMethod("withDefault"))).isTrue();
        assertThat(usage.usedTypes()).contains(marker, all.get(FakeContractCallback.class));
    }
}
