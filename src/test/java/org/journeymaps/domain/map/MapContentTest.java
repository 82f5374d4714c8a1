package org.journeymaps.domain.map;

import org.journeymaps.domain.persona.Persona;
import org.journeymaps.domain.structure.Card;
import org.journeymaps.domain.structure.Lane;
import org.journeymaps.domain.structure.LaneType;
import org.journeymaps.domain.structure.Stage;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MapContentTest {
    @Test
    void constructor_shouldOrderElementsWhateverOrderTheStoreReturned() {
        JourneyMap map = JourneyMap.create(5, "DS", "Map", null, null, "alice", Instant.EPOCH).withId(1);
        Stage late = new Stage(20, 1, "Late", null, 1, 1);
        Stage early = new Stage(21, 1, "Early", null, 0, 1);
        Lane bottom = new Lane(30, 1, "Bottom", LaneType.TEXT, 1, 1);
        Lane top = new Lane(31, 1, "Top", LaneType.TEXT, 0, 1);
        Card lateTopSecond = card(40, late, top, 1);
        Card lateTopFirst = card(41, late, top, 0);
        Card earlyBottom = card(42, early, bottom, 0);
        Card earlyTop = card(43, early, top, 0);
        Persona zed = new Persona(50, "DS", "zed", null, null, null, null, null, null, 1);
        Persona amy = new Persona(51, "DS", "Amy", null, null, null, null, null, null, 1);

        MapContent content = new MapContent(map, List.of(late, early), List.of(bottom, top),
                List.of(lateTopSecond, earlyBottom, lateTopFirst, earlyTop), List.of(), List.of(zed, amy), List.of());

        assertThat(content.stages()).containsExactly(early, late);
        assertThat(content.lanes()).containsExactly(top, bottom);
        assertThat(content.cards()).containsExactly(earlyTop, earlyBottom, lateTopFirst, lateTopSecond);
        assertThat(content.personas()).containsExactly(amy, zed);
    }

    private static Card card(long id, Stage stage, Lane lane, int position) {
        return new Card(id, 1, stage.id(), lane.id(), position, "card " + id, null, 1);
    }
}
