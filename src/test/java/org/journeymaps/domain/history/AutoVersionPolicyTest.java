package org.journeymaps.domain.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AutoVersionPolicyTest {
    private static final Instant LATEST = Instant.parse("2026-05-01T09:00:00Z");

    @Test
    void isDue_withoutAnyVersion_shouldBeTrue() {
        assertThat(AutoVersionPolicy.isDue(null, LATEST)).isTrue();
    }

    @Test
    void isDue_shouldWaitTenMinutesAfterTheLatestVersion() {
        assertThat(AutoVersionPolicy.isDue(LATEST, LATEST.plusSeconds(599))).isFalse();
        assertThat(AutoVersionPolicy.isDue(LATEST, LATEST.plusSeconds(600))).isTrue();
        assertThat(AutoVersionPolicy.isDue(LATEST, LATEST.plusSeconds(3600))).isTrue();
    }
}
