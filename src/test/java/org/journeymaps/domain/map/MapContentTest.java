package org.journeymaps.domain.map;

import org.journeymaps.domain.persona.Persona;
import org.journeymaps.domain.structure.Card;
import org.journeymaps.domain.structure.Lane;
import org.journeymaps.domain.structure.LaneType;
import org.journeymaps.domain.structure.Stage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.journeymaps.testdata.CardBuilder.aCard;
import static org.journeymaps.testdata.LaneBuilder.aLane;
import static org.journeymaps.testdata.PersonaBuilder.aPersona;
import static org.journeymaps.testdata.StageBuilder.aStage;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MapContentTest {
    @Test
    void constructor_shouldOrderElementsWhateverOrderTheStoreReturned() {
        JourneyMap map = JourneyMap.create(5, "DS", "Map", null, null, "alice", Instant.EPOCH).withId(1);
        Stage late = aStage().withId(20).named("Late").at(1).build();
        Stage early = aStage().withId(21).named("Early").at(0).build();
        Lane bottom = aLane().withId(30).named("Bottom").ofType(LaneType.TEXT).at(1).build();
        Lane top = aLane().withId(31).named("Top").ofType(LaneType.TEXT).at(0).build();
        Card lateTopSecond = card(40, late, top, 1);
        Card lateTopFirst = card(41, late, top, 0);
        Card earlyBottom = card(42, early, bottom, 0);
        Card earlyTop = card(43, early, top, 0);
        Persona zed = aPersona().withId(50).named("zed").build();
        Persona amy = aPersona().withId(51).named("Amy").build();

        MapContent content = new MapContent(map, List.of(late, early), List.of(bottom, top),
                List.of(lateTopSecond, earlyBottom, lateTopFirst, earlyTop), List.of(), List.of(zed, amy), List.of());

        assertThat(content.stages()).containsExactly(early, late);
        assertThat(content.lanes()).containsExactly(top, bottom);
        assertThat(content.cards()).containsExactly(earlyTop, earlyBottom, lateTopFirst, lateTopSecond);
        assertThat(content.personas()).containsExactly(amy, zed);
    }

    private static Card card(long id, Stage stage, Lane lane, int position) {
        return aCard().withId(id).inStage(stage.id()).inLane(lane.id()).at(position).withText("card " + id).build();
    }
}
