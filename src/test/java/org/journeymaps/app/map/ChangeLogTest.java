package org.journeymaps.app.map;

import org.journeymaps.app.AppFixture;
import org.journeymaps.app.emotion.EmotionInput;
import org.journeymaps.app.structure.CardPatch;
import org.journeymaps.app.structure.LanePatch;
import org.journeymaps.app.structure.NewCard;
import org.journeymaps.app.structure.StagePatch;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import org.journeymaps.domain.map.ChangeKind;
import org.journeymaps.domain.kernel.ElementType;
import org.journeymaps.domain.map.JourneyMap;
import org.journeymaps.domain.map.JourneyState;
import org.journeymaps.domain.structure.LaneType;
import org.journeymaps.domain.map.MapChange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every successful write bumps the map's revision once and logs one change: who, when, what, which element. */
class ChangeLogTest {
    private static final AppFixture APP = new AppFixture();
    private static final long MAP = APP.newMap("Map").id();

    /** A write and the change it should log; each returns the id of the element it logs. */
    record Write(String name, ChangeKind kind, ElementType type, LongSupplier run) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> writes() {
        // The writes run in this order against one map; each builds on what the earlier ones made.
        long[] ids = new long[4];
        return Stream.of(
                new Write("add stage", ChangeKind.CREATED, ElementType.STAGE,
                        () -> ids[0] = APP.addStage(MAP, "Discover").id()),
                new Write("update stage", ChangeKind.UPDATED, ElementType.STAGE,
                        () -> APP.stages.update(MAP, ids[0], new StagePatch(1L, "Explore", null)).id()),
                new Write("add lane", ChangeKind.CREATED, ElementType.LANE,
                        () -> ids[1] = APP.addLane(MAP, "Actions", LaneType.ACTIONS).id()),
                new Write("add second lane", ChangeKind.CREATED, ElementType.LANE,
                        () -> ids[2] = APP.addLane(MAP, "Thoughts", LaneType.THOUGHTS).id()),
                new Write("reorder lanes", ChangeKind.REORDERED, ElementType.LANE, () -> {
                    APP.lanes.reorder(MAP, List.of(ids[2], ids[1]));
                    return MAP;
                }),
                new Write("update lane", ChangeKind.UPDATED, ElementType.LANE,
                        () -> APP.lanes.update(MAP, ids[1], new LanePatch(1L, "Doing", null)).id()),
                new Write("add card", ChangeKind.CREATED, ElementType.CARD,
                        () -> ids[3] = APP.cards.add(MAP, new NewCard(ids[0], ids[1], "Search", null, null)).id()),
                new Write("edit card", ChangeKind.UPDATED, ElementType.CARD,
                        () -> APP.cards.update(MAP, ids[3], new CardPatch(1L, "Search more", null, null, null, null)).id()),
                new Write("move card", ChangeKind.MOVED, ElementType.CARD,
                        () -> APP.cards.update(MAP, ids[3], new CardPatch(2L, null, null, ids[2], null, null)).id()),
                new Write("put emotion", ChangeKind.CREATED, ElementType.EMOTION,
                        () -> APP.emotions.put(MAP, ids[0], new EmotionInput(JourneyState.CURRENT, null, 1, null, null)).id()),
                new Write("update map", ChangeKind.UPDATED, ElementType.MAP,
                        () -> APP.maps.update(MAP, new MapPatch(1L, "Renamed", null, null, null, null, null)).id()),
                new Write("delete card", ChangeKind.DELETED, ElementType.CARD, () -> {
                    APP.cards.delete(MAP, ids[3]);
                    return ids[3];
                }),
                new Write("delete lane", ChangeKind.DELETED, ElementType.LANE, () -> {
                    APP.lanes.delete(MAP, ids[2]);
                    return ids[2];
                }),
                new Write("delete stage", ChangeKind.DELETED, ElementType.STAGE, () -> {
                    APP.stages.delete(MAP, ids[0]);
                    return ids[0];
                }))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writes")
    void eachWrite_shouldBumpTheRevisionAndLogOneChange(Write write) {
        APP.access.signInAs("writer-" + write.name().replace(' ', '-'));
        JourneyMap before = APP.storedMap(MAP);

        long elementId = write.run().getAsLong();

        JourneyMap after = APP.storedMap(MAP);
        assertThat(after.revision()).isEqualTo(before.revision() + 1);
        assertThat(after.updatedBy()).isEqualTo("writer-" + write.name().replace(' ', '-'));
        assertThat(after.updatedAt()).isEqualTo(APP.clock.last());
        assertThat(APP.repository.changesSince(MAP, before.revision(), 10)).containsExactly(new MapChange(MAP,
                after.revision(), after.updatedBy(), APP.clock.last(), write.kind(), write.type(), elementId));
    }
}
