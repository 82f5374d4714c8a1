package org.journeymaps.devhost.ao;

import net.java.ao.DBParam;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Base of the persistence tests: subclasses inherit {@code @ParameterizedClass @EnumSource(TestDatabase.class)}, so
 * each runs once on H2 and once on PostgreSQL, with a fresh database per test and the test entities migrated.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
abstract class AoDatabaseTest {
    static final String NAMESPACE = "org.journeymaps.devhost.ao.test";

    @Parameter
    TestDatabase database;

    TestDatabase.OpenDatabase openDatabase;
    JdbcActiveObjects ao;

    @BeforeEach
    void openActiveObjects() {
        openDatabase = database.open();
        ao = new JdbcActiveObjects(openDatabase.dataSource(), NAMESPACE);
        migrateEntities();
        ao.statementCounter().reset();
    }

    @SuppressWarnings("unchecked")
    void migrateEntities() {
        ao.migrate(TestMap.class, TestStage.class, TestPersona.class, TestMapPersona.class);
    }

    @AfterEach
    void closeDatabase() {
        openDatabase.close();
    }

    /** Statements executed by {@code work}. */
    long statementsOf(Runnable work) {
        long before = ao.statementCounter().count();
        work.run();
        return ao.statementCounter().count() - before;
    }

    TestMap map(String title) {
        return ao.create(TestMap.class, new DBParam("TITLE", title));
    }

    TestStage stage(TestMap map, String name, int position) {
        return ao.create(TestStage.class, new DBParam("MAP_ID", map),
                new DBParam("NAME", name), new DBParam("POSITION", position));
    }
}
