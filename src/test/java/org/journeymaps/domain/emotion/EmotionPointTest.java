package org.journeymaps.domain.emotion;

import org.journeymaps.domain.kernel.InvalidFieldException;
import org.journeymaps.domain.map.JourneyState;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmotionPointTest {
    @ParameterizedTest
    @ValueSource(ints = {-2, -1, 0, 1, 2})
    void create_shouldAcceptScoresFromMinusTwoToTwo(int score) {
        assertThat(EmotionPoint.create(1, 2, null, JourneyState.CURRENT, score, null).score()).isEqualTo(score);
    }

    @ParameterizedTest
    @ValueSource(ints = {-3, 3, Integer.MIN_VALUE})
    void create_shouldRejectScoresOutsideTheRange(int score) {
        assertThatThrownBy(() -> EmotionPoint.create(1, 2, null, JourneyState.CURRENT, score, null))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("score"));
    }

    @Test
    void create_shouldRequireScoreAndCurve() {
        assertThatThrownBy(() -> EmotionPoint.create(1, 2, null, JourneyState.CURRENT, null, null))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("score"));
        assertThatThrownBy(() -> EmotionPoint.create(1, 2, null, null, 1, null))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("curve"));
    }

    @Test
    void replaced_shouldReplaceScoreAndNoteTogether() {
        EmotionPoint point = EmotionPoint.create(1, 2, 7L, JourneyState.FUTURE, 1, " relieved\r\nfinally ");

        assertThat(point.note()).isEqualTo("relieved\nfinally");
        EmotionPoint replaced = point.replaced(-2, null);
        assertThat(replaced.score()).isEqualTo(-2);
        assertThat(replaced.note()).isNull();
        assertThatThrownBy(() -> point.replaced(5, null)).isInstanceOf(InvalidFieldException.class);
    }
}
