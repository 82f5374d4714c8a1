package org.journeymaps.ao.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class RowsTest {

    @Test
    void longIdListsAreCutIntoInListsEveryDatabaseAccepts() {
        List<Long> ids = LongStream.rangeClosed(1, 1_001).boxed().toList();

        assertThat(Rows.chunks(ids)).extracting(List::size).containsExactly(500, 500, 1);
        assertThat(Rows.chunks(List.of())).isEmpty();
        assertThat(Rows.idIn("CARD_ID", 3)).isEqualTo("CARD_ID IN (?, ?, ?)");
        assertThat(Rows.keys(List.of(7L, 9L))).containsExactly(7, 9);
    }

    @Test
    void idsThatNoIntKeyCanHoldAreRefusedForWritesAndNeverFound() {
        assertThat(AoValues.isKey(Integer.MAX_VALUE)).isTrue();
        assertThat(AoValues.isKey(Integer.MAX_VALUE + 1L)).isFalse();
        assertThat(AoValues.isKey(0)).isFalse();
        assertThatThrownBy(() -> AoValues.key(-3)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-3");
    }

    @Test
    void daysAreStoredAtNoonUtcSoTheyKeepTheirDateAcrossTimeZones() {
        LocalDate day = LocalDate.of(2026, 10, 25);

        assertThat(AoValues.date(day).toInstant()).isEqualTo(Instant.parse("2026-10-25T12:00:00Z"));
        assertThat(AoValues.day(AoValues.date(day))).isEqualTo(day);
        assertThat(AoValues.day(null)).isNull();
    }
}
