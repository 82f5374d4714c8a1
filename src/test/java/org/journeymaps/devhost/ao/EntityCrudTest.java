package org.journeymaps.devhost.ao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Date;
import java.util.Map;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.junit.jupiter.api.Test;

class EntityCrudTest extends AoDatabaseTest {

    @Test
    void create_insertsOneRowAndGetFindsIt() {
        long statements = statementsOf(() -> map("Onboarding"));
        TestMap created = map("Billing");

        TestMap found = ao.get(TestMap.class, created.getID());

        assertThat(statements).isEqualTo(1);
        assertThat(found).isEqualTo(created);
        assertThat(found.getTitle()).isEqualTo("Billing");
    }

    @Test
    void get_returnsNullForAMissingKey() {
        assertThat(ao.get(TestMap.class, 4242)).isNull();
    }

    @Test
    void create_withAMapOfColumnNames() {
        TestMap created = ao.create(TestMap.class, Map.of("TITLE", "Returns", "STATE", MapState.FUTURE));

        assertThat(created.getState()).isEqualTo(MapState.FUTURE);
    }

    @Test
    void create_refusesAMissingRequiredColumnNamingIt() {
        assertThatThrownBy(() -> ao.create(TestStage.class, new DBParam("NAME", "Discover")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("MAP_ID");
        assertThat(ao.count(TestStage.class, Query.select())).isZero();
    }

    @Test
    void create_refusesUnknownColumnsWrongTypesAndBlankRequiredStrings() {
        assertThatThrownBy(() -> ao.create(TestMap.class, new DBParam("TITEL", "x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TITEL");
        assertThatThrownBy(() -> ao.create(TestMap.class, new DBParam("TITLE", "x"), new DBParam("REVISION", "two")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("REVISION");
        assertThatThrownBy(() -> ao.create(TestMap.class, new DBParam("TITLE", " ")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TITLE");
        assertThatThrownBy(() -> ao.create(TestMap.class, new DBParam("ID", 7), new DBParam("TITLE", "x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("generated");
    }

    @Test
    void settersChangeNothingUntilSaveWhichIssuesOneUpdate() {
        TestMap created = map("Draft");
        created.setTitle("Final");
        created.setArchived(true);

        assertThat(ao.get(TestMap.class, created.getID()).getTitle()).isEqualTo("Draft");
        assertThat(statementsOf(created::save)).isEqualTo(1);
        assertThat(statementsOf(created::save)).as("nothing dirty any more").isZero();
        TestMap reloaded = ao.get(TestMap.class, created.getID());
        assertThat(reloaded.getTitle()).isEqualTo("Final");
        assertThat(reloaded.isArchived()).isTrue();
    }

    @Test
    void setter_refusesNullOnANotNullColumn() {
        TestMap created = map("Draft");

        assertThatThrownBy(() -> created.setTitle(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TITLE");
    }

    @Test
    void valuesRoundTripWithTheirTypes() {
        String longText = "Équipe — café ☕ 🧥 ".repeat(6_000);
        Date reviewDue = new Date(1_767_225_600_000L);
        TestMap created = ao.create(TestMap.class, new DBParam("TITLE", "Équipe — café ☕ 🧥"),
                new DBParam("DESCRIPTION", longText), new DBParam("STATE", MapState.CURRENT),
                new DBParam("ARCHIVED", true), new DBParam("REVIEW_DUE", reviewDue), new DBParam("REVISION", 9_000_000_000L));

        TestMap found = ao.get(TestMap.class, created.getID());

        assertThat(longText).hasSizeGreaterThan(100_000);
        assertThat(found.getTitle()).isEqualTo("Équipe — café ☕ 🧥");
        assertThat(found.getDescription().equals(longText)).as("100k characters of UNLIMITED text round trip").isTrue();
        assertThat(found.getState()).isEqualTo(MapState.CURRENT);
        assertThat(found.isArchived()).isTrue();
        assertThat(found.getReviewDue()).isEqualTo(reviewDue);
        assertThat(found.getRevision()).isEqualTo(9_000_000_000L);
    }

    @Test
    void nullColumnsReadAsNullOrThePrimitiveDefault() {
        TestMap found = ao.get(TestMap.class, map("Empty").getID());

        assertThat(found.getDescription()).isNull();
        assertThat(found.getState()).isNull();
        assertThat(found.getReviewDue()).isNull();
        assertThat(found.isArchived()).isFalse();
        assertThat(found.getRevision()).isZero();
    }

    @Test
    void settingNullsAndForeignKeysIsSavedAsSuch() {
        TestMap first = ao.create(TestMap.class, new DBParam("TITLE", "First"), new DBParam("DESCRIPTION", null));
        TestMap second = map("Second");
        TestStage stage = stage(first, "Discover", 0);
        first.setDescription("Temporary");
        first.save();

        first.setDescription(null);
        first.save();
        stage.setMap(second);
        stage.save();

        assertThat(ao.get(TestMap.class, first.getID()).getDescription()).isNull();
        assertThat(ao.get(TestStage.class, stage.getID()).getMap()).isEqualTo(second);
    }

    @Test
    void find_bindsEnumsDatesAndBooleansAsTheyAreStored() {
        Date due = new Date(1_767_225_600_000L);
        ao.create(TestMap.class, new DBParam("TITLE", "Future"), new DBParam("STATE", MapState.FUTURE),
                new DBParam("ARCHIVED", true), new DBParam("REVIEW_DUE", due));
        ao.create(TestMap.class, new DBParam("TITLE", "Current"), new DBParam("STATE", MapState.CURRENT),
                new DBParam("ARCHIVED", false), new DBParam("REVIEW_DUE", new Date(due.getTime() + 1000)));

        TestMap[] found = ao.find(TestMap.class, "STATE = ? AND ARCHIVED = ? AND REVIEW_DUE <= ?",
                MapState.FUTURE, true, due);

        assertThat(found).extracting(TestMap::getTitle).containsExactly("Future");
    }

    @Test
    void find_honoursWhereOrderLimitAndOffset() {
        TestMap map = map("Journey");
        TestMap other = map("Other");
        for (int position = 0; position < 5; position++) {
            stage(map, "Stage " + position, position);
        }
        stage(other, "Elsewhere", 9);

        TestStage[] page = ao.find(TestStage.class, Query.select()
                .where("MAP_ID = ? AND POSITION >= ?", map.getID(), 1)
                .order("POSITION DESC").limit(2).offset(1));

        assertThat(page).extracting(TestStage::getName).containsExactly("Stage 3", "Stage 2");
    }

    @Test
    void find_withCriteriaAndEntityParameters() {
        TestMap map = map("Journey");
        stage(map, "Discover", 0);
        stage(map(("Other")), "Buy", 0);

        TestStage[] found = ao.find(TestStage.class, "MAP_ID = ?", map);

        assertThat(found).extracting(TestStage::getName).containsExactly("Discover");
    }

    @Test
    void count_countsMatchingRows() {
        TestMap map = map("Journey");
        stage(map, "A", 0);
        stage(map, "B", 1);
        stage(map, "C", 2);

        assertThat(ao.count(TestStage.class, Query.select())).isEqualTo(3);
        assertThat(ao.count(TestStage.class, Query.select().where("POSITION > ?", 0))).isEqualTo(2);
    }

    @Test
    void deleteWithSql_deletesMatchingRowsAndReturnsTheirCount() {
        TestMap map = map("Journey");
        stage(map, "A", 0);
        stage(map, "B", 5);
        stage(map, "C", 6);

        int deleted = ao.deleteWithSQL(TestStage.class, "POSITION >= ?", 5);

        assertThat(deleted).isEqualTo(2);
        assertThat(ao.count(TestStage.class, Query.select())).isEqualTo(1);
    }

    @Test
    void sqlErrorsSurfaceAsRuntimeAoExceptions() {
        map("Journey");

        assertThatThrownBy(() -> ao.find(TestMap.class, "NO_SUCH_COLUMN = ?", 1))
                .isInstanceOf(DevhostAoException.class)
                .hasMessageContaining("NO_SUCH_COLUMN");
    }

    @Test
    void entitiesAreEqualByTypeAndKeyAndPrintTheirTable() {
        TestMap created = map("Journey");
        TestMap found = ao.get(TestMap.class, created.getID());

        assertThat(found).isEqualTo(created).hasSameHashCodeAs(created);
        assertThat(found).isNotEqualTo(ao.get(TestMap.class, map("Other").getID()));
        assertThat(found.toString()).isEqualTo(ao.tableName(TestMap.class) + " {ID = " + created.getID() + "}");
    }
}
