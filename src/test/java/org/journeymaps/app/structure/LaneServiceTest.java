package org.journeymaps.app.structure;

import org.journeymaps.app.AppFixture;
import org.journeymaps.app.kernel.ConflictException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.journeymaps.domain.structure.Card;
import org.journeymaps.domain.structure.CardAttributes;
import org.journeymaps.domain.structure.Channel;
import org.journeymaps.domain.structure.Evidence;
import org.journeymaps.domain.kernel.InvalidFieldException;
import org.journeymaps.domain.structure.Lane;
import org.journeymaps.domain.structure.LaneType;
import org.journeymaps.domain.kernel.LimitExceededException;
import org.journeymaps.domain.kernel.Limits;
import org.journeymaps.domain.structure.Stage;
import org.junit.jupiter.api.Test;

class LaneServiceTest {
    private final AppFixture app = new AppFixture();
    private final long mapId = app.newMap("Map").id();

    @Test
    void add_shouldRequireATypeAndPlaceTheLane() {
        app.addLane(mapId, "Actions", LaneType.ACTIONS);
        Lane first = app.lanes.add(mapId, new NewLane("Touchpoints", LaneType.TOUCHPOINTS, 0));

        assertThat(first.position()).isZero();
        assertThat(app.repository.lanesOf(mapId)).extracting(Lane::name).containsExactly("Touchpoints", "Actions");
        assertThatThrownBy(() -> app.lanes.add(mapId, new NewLane("Untyped", null, null)))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("type"));
    }

    @Test
    void add_beyondTheLimit_shouldBeRefusedNamingLanes() {
        for (int i = 0; i < Limits.MAX_LANES; i++) {
            app.addLane(mapId, "Lane " + i, LaneType.TEXT);
        }
        assertThatThrownBy(() -> app.addLane(mapId, "One too many", LaneType.TEXT))
                .isInstanceOfSatisfying(LimitExceededException.class, e -> assertThat(e.field()).isEqualTo("lanes"));
    }

    @Test
    void update_toAnotherType_shouldClearCardAttributesTheNewTypeDoesNotAllow() {
        Stage stage = app.addStage(mapId, "Discover");
        Lane lane = app.addLane(mapId, "Touchpoints", LaneType.TOUCHPOINTS);
        Card withChannel = app.cards.add(mapId, new NewCard(stage.id(), lane.id(), "Call", null,
                new CardAttributes(Channel.PHONE, null, null, null, null, null, Evidence.PARTIAL)));
        Card plain = app.cards.add(mapId, new NewCard(stage.id(), lane.id(), "Visit", null, null));

        Lane retyped = app.lanes.update(mapId, lane.id(), new LanePatch(lane.version(), null, LaneType.ACTIONS));

        assertThat(retyped.type()).isEqualTo(LaneType.ACTIONS);
        Card cleared = app.repository.findCard(withChannel.id()).orElseThrow();
        assertThat(cleared.attributes()).isEqualTo(
                new CardAttributes(null, null, null, null, null, null, Evidence.PARTIAL));
        assertThat(cleared.version()).isEqualTo(withChannel.version() + 1);
        assertThat(app.repository.findCard(plain.id())).contains(plain);
    }

    @Test
    void update_withAStaleVersion_shouldConflictWithTheCurrentLane() {
        Lane lane = app.addLane(mapId, "Actions", LaneType.ACTIONS);
        Lane renamed = app.lanes.update(mapId, lane.id(), new LanePatch(lane.version(), "Doing", null));

        assertThatThrownBy(() -> app.lanes.update(mapId, lane.id(), new LanePatch(lane.version(), "Acts", null)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.current()).isEqualTo(renamed));
    }

    @Test
    void delete_shouldRemoveTheLaneWithItsCardsAndCloseTheGap() {
        Stage stage = app.addStage(mapId, "Discover");
        Lane a = app.addLane(mapId, "A", LaneType.ACTIONS);
        Lane b = app.addLane(mapId, "B", LaneType.THOUGHTS);
        Card doomed = app.cards.add(mapId, new NewCard(stage.id(), a.id(), "Doomed", null, null));

        app.lanes.delete(mapId, a.id());

        assertThat(app.repository.lanesOf(mapId)).containsExactly(b.withPosition(0));
        assertThat(app.repository.findCard(doomed.id())).isEmpty();
    }

    @Test
    void reorder_shouldFollowTheIds() {
        Lane a = app.addLane(mapId, "A", LaneType.ACTIONS);
        Lane b = app.addLane(mapId, "B", LaneType.ACTIONS);

        app.lanes.reorder(mapId, List.of(b.id(), a.id()));

        assertThat(app.repository.lanesOf(mapId)).extracting(Lane::name).containsExactly("B", "A");
        assertThatThrownBy(() -> app.lanes.reorder(mapId, List.of(b.id())))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("ids"));
    }
}
