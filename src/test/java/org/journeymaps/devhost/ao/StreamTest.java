package org.journeymaps.devhost.ao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import net.java.ao.Query;
import org.junit.jupiter.api.Test;

class StreamTest extends AoDatabaseTest {

    @Test
    void streamsTheSelectedColumnsOfMatchingRowsInOrderWithOneQuery() {
        TestMap map = map("Journey");
        stage(map, "Buy", 1);
        stage(map, "Discover", 0);
        stage(map("Other"), "Elsewhere", 0);
        List<String> names = new ArrayList<>();

        long statements = statementsOf(() -> ao.stream(TestStage.class,
                Query.select("ID, NAME").where("MAP_ID = ?", map).order("POSITION"),
                stage -> names.add(stage.getName())));

        assertThat(names).containsExactly("Discover", "Buy");
        assertThat(statements).isEqualTo(1);
    }

    @Test
    void columnsThatWereNotSelectedReadAsNullOrDefaultWithoutQuerying() {
        TestStage created = stage(map("Journey"), "Discover", 3);
        List<TestStage> streamed = new ArrayList<>();
        ao.stream(TestStage.class, Query.select("ID, NAME"), streamed::add);
        TestStage stage = streamed.get(0);

        long statements = statementsOf(() -> {
            assertThat(stage.getID()).isEqualTo(created.getID());
            assertThat(stage.getNote()).isNull();
            assertThat(stage.getPosition()).isZero();
        });

        assertThat(statements).isZero();
        assertThat(stage).isEqualTo(created);
    }

    @Test
    void streamedEntitiesAreReadOnly() {
        TestMap map = map("Journey");
        List<TestMap> streamed = new ArrayList<>();
        ao.stream(TestMap.class, Query.select("ID, TITLE"), streamed::add);
        TestMap readOnly = streamed.get(0);

        assertThat(readOnly.getTitle()).isEqualTo("Journey");
        assertThatThrownBy(() -> readOnly.setTitle("Changed")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(readOnly::save).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(readOnly::getStages).isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("relation");
        assertThat(ao.get(TestMap.class, map.getID()).getTitle()).isEqualTo("Journey");
    }
}
