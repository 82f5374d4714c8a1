package org.journeymaps.devhost.ao;

import static org.assertj.core.api.Assertions.assertThat;

import net.java.ao.Query;
import org.junit.jupiter.api.Test;

/** Proves with statement counts which getters read the database, as AO's lazy proxies do. */
class LazyLoadingTest extends AoDatabaseTest {

    @Test
    void preloadedColumnsComeWithTheFindAndOthersCostOneSelectEachOnce() {
        TestMap map = map("Journey");
        stage(map, "Discover", 0);
        ao.statementCounter().reset();

        TestStage stage = ao.find(TestStage.class, Query.select())[0];
        long afterFind = ao.statementCounter().count();
        stage.getName();
        stage.getPosition();
        long afterPreloaded = ao.statementCounter().count();
        stage.getNote();
        stage.getNote();
        long afterNote = ao.statementCounter().count();

        assertThat(afterFind).isEqualTo(1);
        assertThat(afterPreloaded).as("@Preload columns are already loaded").isEqualTo(1);
        assertThat(afterNote).as("NOTE is read once, then cached").isEqualTo(2);
    }

    @Test
    void withoutPreloadEveryValueColumnComesWithTheFind() {
        map("Journey");
        ao.statementCounter().reset();

        TestMap map = ao.find(TestMap.class, Query.select())[0];
        map.getTitle();
        map.getDescription();
        map.getState();
        map.isArchived();
        map.getReviewDue();
        map.getRevision();

        assertThat(ao.statementCounter().count()).isEqualTo(1);
    }

    @Test
    void aForeignKeyGetterReadsTheKeyOnceAndReturnsALazyEntity() {
        TestMap map = map("Journey");
        stage(map, "Discover", 0);
        TestStage stage = ao.find(TestStage.class, Query.select())[0];

        long readKey = statementsOf(() -> assertThat(stage.getMap()).isEqualTo(map));
        long again = statementsOf(stage::getMap);
        long readTitleOfTheMap = statementsOf(() -> assertThat(stage.getMap().getTitle()).isEqualTo("Journey"));

        assertThat(readKey).isEqualTo(1);
        assertThat(again).isZero();
        assertThat(readTitleOfTheMap).isEqualTo(1);
    }

    @Test
    void aNewEntityCachesNothingLikeAo() {
        TestStage created = stage(map("Journey"), "Discover", 0);

        long statements = statementsOf(() -> assertThat(created.getName()).isEqualTo("Discover"));

        assertThat(statements).isEqualTo(1);
    }

    @Test
    void loadingStagesWithPreloadedFieldsCostsTheSameForFewAndManyRows() {
        TestMap small = map("Small");
        TestMap large = map("Large");
        for (int i = 0; i < 3; i++) {
            stage(small, "Stage " + i, i);
        }
        for (int i = 0; i < 30; i++) {
            stage(large, "Stage " + i, i);
        }

        long forSmall = statementsOf(() -> readNamesAndPositions(small));
        long forLarge = statementsOf(() -> readNamesAndPositions(large));

        assertThat(forLarge).isEqualTo(forSmall).isEqualTo(1);
    }

    @Test
    void readingALazyColumnOfEveryRowGrowsWithTheRows() {
        TestMap map = map("Journey");
        for (int i = 0; i < 4; i++) {
            stage(map, "Stage " + i, i);
        }

        long statements = statementsOf(() -> {
            for (TestStage stage : ao.find(TestStage.class, "MAP_ID = ?", map)) {
                stage.getNote();
            }
        });

        assertThat(statements).as("1 find + one SELECT per row: the N+1 devhost must make visible").isEqualTo(5);
    }

    private void readNamesAndPositions(TestMap map) {
        for (TestStage stage : ao.find(TestStage.class, Query.select().where("MAP_ID = ?", map).order("POSITION"))) {
            stage.getName();
            stage.getPosition();
        }
    }
}
