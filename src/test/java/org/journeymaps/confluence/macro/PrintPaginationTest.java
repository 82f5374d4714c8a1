package org.journeymaps.confluence.macro;

import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PrintPaginationTest {

    private static List<Integer> stages(int count, int longestCell) {
        return Collections.nCopies(count, longestCell);
    }

    @Test
    void landscapeHoldsFourStagesPerPageAndPortraitThree() {
        assertThat(PrintPagination.plan(stages(8, 40), 7, true).pages())
                .containsExactly(List.of(0, 1, 2, 3), List.of(4, 5, 6, 7));
        assertThat(PrintPagination.plan(stages(8, 40), 7, false).pages())
                .containsExactly(List.of(0, 1, 2), List.of(3, 4, 5), List.of(6, 7));
    }

    @Test
    void aStageWithALongCellTakesTwoColumns() {
        List<Integer> lengths = List.of(40, 600, 40, 40, 40);
        assertThat(PrintPagination.plan(lengths, 7, true).pages())
                .containsExactly(List.of(0, 1, 2), List.of(3, 4));
    }

    @Test
    void aDenseStageAloneStillGetsAPage() {
        assertThat(PrintPagination.plan(List.of(900, 900, 900), 7, false).pages())
                .containsExactly(List.of(0), List.of(1), List.of(2));
    }

    @Test
    void aVeryWideMapTurnsVerticalWhenItsLanesFitAcross() {
        PrintPagination.Plan plan = PrintPagination.plan(stages(40, 40), 7, true);
        assertThat(plan.vertical()).isTrue();
        assertThat(plan.pages()).hasSize(1);
        assertThat(plan.pages().get(0)).hasSize(40).startsWith(0, 1).endsWith(39);
    }

    @Test
    void aVeryWideMapWithTooManyLanesKeepsEveryStageOnHorizontalPages() {
        PrintPagination.Plan plan = PrintPagination.plan(stages(40, 40), 8, true);
        assertThat(plan.vertical()).isFalse();
        assertThat(plan.pages()).hasSize(10);
        assertThat(plan.pages().stream().flatMap(List::stream)).hasSize(40).doesNotHaveDuplicates();
    }

    @Test
    void portraitTurnsVerticalOnlyWithFewLanes() {
        assertThat(PrintPagination.plan(stages(16, 40), 4, false).vertical()).isTrue();
        assertThat(PrintPagination.plan(stages(16, 40), 5, false).vertical()).isFalse();
        assertThat(PrintPagination.plan(stages(12, 40), 4, false).vertical()).isFalse();
    }

    @Test
    void aMapWithoutStagesPrintsOnePage() {
        assertThat(PrintPagination.plan(List.of(), 3, true).pages()).containsExactly(List.of());
    }
}
