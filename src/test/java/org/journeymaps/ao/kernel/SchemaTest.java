package org.journeymaps.ao.kernel;

import org.journeymaps.ao.AoRepositoryTest;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import org.journeymaps.ao.upgrade.V1InitialSchemaUpgradeTask;
import org.journeymaps.devhost.ao.AoUpgradeRunner;
import org.journeymaps.devhost.ao.JdbcActiveObjects;
import org.journeymaps.devhost.ao.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The schema as AO creates it: devhost's migrate refuses names over 30 characters and reserved names, as AO does. */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class SchemaTest {

    @Parameter
    TestDatabase database;

    private TestDatabase.OpenDatabase openDatabase;
    private JdbcActiveObjects ao;

    @BeforeEach
    void openEmptyDatabase() {
        openDatabase = database.open();
        ao = new JdbcActiveObjects(openDatabase.dataSource(), AoRepositoryTest.NAMESPACE);
    }

    @AfterEach
    void closeDatabase() {
        openDatabase.close();
    }

    @Test
    void everyEntityMigratesWithinAosNamingRules() {
        ao.migrate(JourneyMapEntities.ALL);

        for (Class<? extends RawEntity<?>> entity : JourneyMapEntities.ALL) {
            assertThat(ao.tableName(entity)).hasSizeLessThanOrEqualTo(30).startsWith("AO_534452_");
        }
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void theUpgradeTaskOfModelVersion1CreatesTheWholeSchema() {
        AoUpgradeRunner runner = new AoUpgradeRunner(ao);

        runner.run(List.of(new V1InitialSchemaUpgradeTask()), List.of());

        assertThat(runner.currentVersion()).hasToString("1");
        for (Class<? extends RawEntity<?>> entity : JourneyMapEntities.ALL) {
            assertThat(ao.count((Class) entity, Query.select())).as(entity.getSimpleName()).isZero();
        }
    }
}
