package org.journeymaps.domain.structure;

import org.journeymaps.domain.kernel.InvalidFieldException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.journeymaps.testdata.LaneBuilder.aLane;

import org.junit.jupiter.api.Test;

class StageAndLaneTest {
    @Test
    void stage_shouldRequireANameAndKeepUnchangedFieldsOnEdit() {
        Stage stage = Stage.create(1, " Discover ", "Finding us", null);

        assertThat(stage.name()).isEqualTo("Discover");
        assertThat(stage.edited(null, "", null).description()).isNull();
        assertThat(stage.edited("Explore", null, null).description()).isEqualTo("Finding us");
        assertThatThrownBy(() -> Stage.create(1, "", null, null))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("name"));
    }

    @Test
    void stage_phaseIsOptionalOneLineAndAtMost100CharactersAndEmptyClearsIt() {
        Stage stage = Stage.create(1, "Achat", null, " Avant l'achat ");

        assertThat(stage.phase()).isEqualTo("Avant l'achat");
        assertThat(stage.edited(null, null, null).phase()).isEqualTo("Avant l'achat");
        assertThat(stage.edited(null, null, "").phase()).isNull();
        assertThat(stage.edited(null, null, "x".repeat(100)).phase()).hasSize(100);
        assertThatThrownBy(() -> stage.edited(null, null, "x".repeat(101)))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("phase"));
        assertThatThrownBy(() -> stage.edited(null, null, "Avant\nl'achat"))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("phase"));
    }

    @Test
    void lane_shouldRequireANameAndAType() {
        assertThatThrownBy(() -> Lane.create(1, "Pains", null))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("type"));
        assertThatThrownBy(() -> Lane.create(1, null, LaneType.TEXT))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("name"));

        Lane lane = Lane.create(1, "Pains", LaneType.PAIN_POINTS);
        assertThat(lane.edited(null, LaneType.THOUGHTS)).isEqualTo(
                aLane().withId(lane.id()).named("Pains").ofType(LaneType.THOUGHTS).at(lane.position())
                        .atVersion(lane.version()).build());
    }
}
