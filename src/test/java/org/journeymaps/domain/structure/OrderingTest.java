package org.journeymaps.domain.structure;

import org.journeymaps.domain.kernel.InvalidFieldException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.journeymaps.testdata.StageBuilder.aStage;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrderingTest {
    private static final List<Stage> ABC = List.of(stage(10, "A", 0), stage(11, "B", 1), stage(12, "C", 2));

    @ParameterizedTest
    @CsvSource(value = {"null, 3", "0, 0", "2, 2", "3, 3", "7, 3", "-4, 0"}, nullValues = "null")
    void insertionIndex_shouldClampToTheListAndDefaultToTheEnd(Integer requested, int expected) {
        assertThat(Ordering.insertionIndex(requested, 3)).isEqualTo(expected);
    }

    @Test
    void insert_shouldShiftTheFollowingElements() {
        List<Stage> result = Ordering.insert(ABC, stage(0, "new", 1));

        assertThat(names(result)).containsExactly("A", "new", "B", "C");
        assertThat(positions(result)).containsExactly(0, 1, 2, 3);
        assertThat(Ordering.positionChanges(ABC, result)).isEqualTo(Map.of(11L, 2, 12L, 3));
    }

    @Test
    void insert_atTheEnd_shouldMoveNoOne() {
        List<Stage> result = Ordering.insert(ABC, stage(0, "new", 3));
        assertThat(names(result)).containsExactly("A", "B", "C", "new");
        assertThat(Ordering.positionChanges(ABC, result)).isEmpty();
    }

    @Test
    void insert_outsideTheList_shouldBeRefused() {
        assertThatThrownBy(() -> Ordering.insert(ABC, stage(0, "new", 4))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void remove_shouldCloseTheGap() {
        List<Stage> result = Ordering.remove(ABC, 10);

        assertThat(names(result)).containsExactly("B", "C");
        assertThat(positions(result)).containsExactly(0, 1);
        assertThat(Ordering.positionChanges(ABC, result)).isEqualTo(Map.of(11L, 0, 12L, 1));
    }

    @Test
    void operations_shouldRepairGapsLeftInStoredPositions() {
        List<Stage> gappy = List.of(stage(10, "A", 0), stage(11, "B", 4), stage(12, "C", 9));
        List<Stage> result = Ordering.remove(gappy, 99);
        assertThat(positions(result)).containsExactly(0, 1, 2);
        assertThat(Ordering.positionChanges(gappy, result)).isEqualTo(Map.of(11L, 1, 12L, 2));
    }

    @Test
    void reorder_shouldFollowTheIds() {
        List<Stage> result = Ordering.reorder(ABC, List.of(12L, 10L, 11L));

        assertThat(names(result)).containsExactly("C", "A", "B");
        assertThat(positions(result)).containsExactly(0, 1, 2);
        assertThat(Ordering.positionChanges(ABC, result)).isEqualTo(Map.of(12L, 0, 10L, 1, 11L, 2));
    }

    @Test
    void reorder_shouldRejectAnythingButAPermutationOfTheCurrentIds() {
        for (List<Long> ids : List.of(List.of(12L, 10L), List.of(12L, 10L, 11L, 13L), List.of(12L, 10L, 10L),
                List.of(12L, 10L, 99L), Arrays.asList(12L, 10L, null))) {
            assertThatThrownBy(() -> Ordering.reorder(ABC, ids)).as(String.valueOf(ids))
                    .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("ids"));
        }
        assertThatThrownBy(() -> Ordering.reorder(ABC, null))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("ids"));
    }

    @Test
    void reorder_ofNothing_shouldAcceptTheEmptyList() {
        assertThat(Ordering.reorder(List.<Stage>of(), List.of())).isEmpty();
    }

    private static Stage stage(long id, String name, int position) {
        return aStage().withId(id).named(name).at(position).build();
    }

    private static List<String> names(List<Stage> stages) {
        return stages.stream().map(Stage::name).toList();
    }

    private static List<Integer> positions(List<Stage> stages) {
        return stages.stream().map(Stage::position).toList();
    }
}
