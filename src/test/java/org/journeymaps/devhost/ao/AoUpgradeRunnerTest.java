package org.journeymaps.devhost.ao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import java.util.ArrayList;
import java.util.List;
import net.java.ao.DBParam;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AoUpgradeRunnerTest extends AoDatabaseTest {
    private static final List<Class<? extends RawEntity<?>>> ENTITIES = List.of(TestNoteV2.class);

    private final List<String> log = new ArrayList<>();
    private AoUpgradeRunner runner;

    @Override
    void migrateEntities() {
        // upgrade tasks run before any migration, as in AO
    }

    @BeforeEach
    void createRunner() {
        runner = new AoUpgradeRunner(ao);
    }

    @Test
    void runsTasksInVersionOrderBeforeMigratingAndStoresTheLastVersion() {
        runner.run(List.of(task("2", this::noteExists), task("1", this::migrateV1AndWriteANote)), ENTITIES);

        assertThat(log).containsExactly("1 from 0", "2 from 1 sees note=true");
        assertThat(runner.currentVersion()).hasToString("2");
        assertThat(ao.find(TestNoteV2.class, Query.select())).extracting(TestNoteV2::getAuthor).containsExactly((String) null);
    }

    @Test
    void runsOnlyTasksNewerThanTheStoredVersion() {
        runner.run(List.of(task("1", this::migrateV1AndWriteANote)), ENTITIES);
        log.clear();

        runner.run(List.of(task("1", this::migrateV1AndWriteANote), task("2", this::noteExists)), ENTITIES);

        assertThat(log).containsExactly("2 from 1 sees note=true");
        assertThat(ao.count(TestNoteV2.class, Query.select())).isEqualTo(1);
    }

    @Test
    void aFailingTaskStopsTheRunKeepsTheLastVersionAndUndoesItsOwnWrites() {
        IllegalStateException failure = new IllegalStateException("task 2 fails");
        ActiveObjectsUpgradeTask failing = task("2", ao -> {
            ao.create(TestNoteV1.class, new DBParam("TEXT", "half-done"));
            throw failure;
        });

        assertThatThrownBy(() -> runner.run(
                List.of(task("1", this::migrateV1AndWriteANote), failing, task("3", this::noteExists)), ENTITIES))
                .isSameAs(failure);

        assertThat(log).containsExactly("1 from 0");
        assertThat(runner.currentVersion()).hasToString("1");
        assertThat(ao.count(TestNoteV1.class, Query.select())).as("task 2's note is rolled back").isEqualTo(1);
        assertThatThrownBy(() -> ao.find(TestNoteV2.class, "AUTHOR IS NULL"))
                .as("the migration to V2 did not run").hasMessageContaining("AUTHOR");
    }

    @Test
    void refusesTwoTasksWithTheSameVersionBeforeRunningAny() {
        assertThatThrownBy(() -> runner.run(
                List.of(task("1", this::migrateV1AndWriteANote), task("1", this::noteExists)), ENTITIES))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("1");

        assertThat(log).isEmpty();
        assertThat(runner.currentVersion()).hasToString("0");
    }

    @Test
    void keepsOneVersionPerNamespace() {
        AoUpgradeRunner otherApp = new AoUpgradeRunner(new JdbcActiveObjects(openDatabase.dataSource(), "com.example.other"));

        runner.run(List.of(task("1", this::migrateV1AndWriteANote), task("2", this::noteExists)), ENTITIES);
        otherApp.run(List.of(), List.of());

        assertThat(runner.currentVersion()).hasToString("2");
        assertThat(otherApp.currentVersion()).hasToString("0");
    }

    @SuppressWarnings("unchecked")
    private String migrateV1AndWriteANote(ActiveObjects activeObjects) {
        activeObjects.migrate(TestNoteV1.class);
        activeObjects.create(TestNoteV1.class, new DBParam("TEXT", "from upgrade"));
        return "";
    }

    private String noteExists(ActiveObjects activeObjects) {
        return " sees note=" + (activeObjects.count(TestNoteV1.class, Query.select()) == 1);
    }

    private interface Upgrade {
        String apply(ActiveObjects ao);
    }

    private ActiveObjectsUpgradeTask task(String version, Upgrade upgrade) {
        return new ActiveObjectsUpgradeTask() {
            @Override
            public ModelVersion getModelVersion() {
                return ModelVersion.valueOf(version);
            }

            @Override
            public void upgrade(ModelVersion currentVersion, ActiveObjects activeObjects) {
                String detail = upgrade.apply(activeObjects);
                log.add(version + " from " + currentVersion + detail);
            }
        };
    }
}
