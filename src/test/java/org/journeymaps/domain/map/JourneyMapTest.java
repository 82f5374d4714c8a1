package org.journeymaps.domain.map;

import org.journeymaps.domain.kernel.InvalidFieldException;
import org.journeymaps.domain.kernel.Versioned;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JourneyMapTest {
    private static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");

    @Test
    void create_shouldStartAtTheFirstRevisionAndVersionInTheCurrentState() {
        JourneyMap map = JourneyMap.create(5, "DS", " Onboarding ", "", null, "alice", NOW);

        assertThat(map.title()).isEqualTo("Onboarding");
        assertThat(map.description()).isNull();
        assertThat(map.state()).isEqualTo(JourneyState.CURRENT);
        assertThat(map.revision()).isEqualTo(JourneyMap.FIRST_REVISION);
        assertThat(map.version()).isEqualTo(Versioned.FIRST_VERSION);
        assertThat(map.createdBy()).isEqualTo("alice");
        assertThat(map.updatedAt()).isEqualTo(NOW);
    }

    @Test
    void create_shouldRequireATitle() {
        assertThatThrownBy(() -> JourneyMap.create(5, "DS", "\t", null, null, "alice", NOW))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("title"));
    }

    @Test
    void edited_shouldApplyPatchSemantics() {
        JourneyMap map = JourneyMap.create(5, "DS", "Onboarding", "About", JourneyState.CURRENT, "alice", NOW)
                .edited(null, null, null, "bob", Optional.of(LocalDate.of(2026, 3, 1)));

        JourneyMap edited = map.edited("Renamed", "", JourneyState.FUTURE, null, Optional.empty());

        assertThat(edited.title()).isEqualTo("Renamed");
        assertThat(edited.description()).isNull();
        assertThat(edited.state()).isEqualTo(JourneyState.FUTURE);
        assertThat(edited.ownerKey()).isEqualTo("bob");
        assertThat(edited.reviewDue()).isNull();
        assertThat(map.edited(null, null, null, null, null)).isEqualTo(map);
    }
}
