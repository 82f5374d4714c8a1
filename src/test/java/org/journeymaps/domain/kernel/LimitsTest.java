package org.journeymaps.domain.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LimitsTest {
    @Test
    void requireRoomForOneMore_shouldAllowUpToTheLimitAndNameTheFieldBeyond() {
        assertThatCode(() -> Limits.requireRoomForOneMore("stages", 59, Limits.MAX_STAGES)).doesNotThrowAnyException();
        assertThatThrownBy(() -> Limits.requireRoomForOneMore("stages", 60, Limits.MAX_STAGES))
                .isInstanceOfSatisfying(LimitExceededException.class, e -> {
                    assertThat(e.field()).isEqualTo("stages");
                    assertThat(e.limit()).isEqualTo(60);
                });
    }

    @Test
    void countLimits_shouldMatchTheRestContract() {
        assertThat(new int[] {Limits.MAX_STAGES, Limits.MAX_LANES, Limits.MAX_CARDS}).containsExactly(60, 30, 5_000);
    }
}
