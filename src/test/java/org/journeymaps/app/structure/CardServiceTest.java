package org.journeymaps.app.structure;

import org.journeymaps.app.AppFixture;
import org.journeymaps.app.kernel.ConflictException;
import org.journeymaps.app.kernel.NotFoundException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.journeymaps.testdata.CardBuilder.aCard;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.journeymaps.domain.structure.Card;
import org.journeymaps.domain.structure.CardAttributes;
import org.journeymaps.domain.structure.CardAttributesPatch;
import org.journeymaps.domain.map.ChangeKind;
import org.journeymaps.domain.structure.Channel;
import org.journeymaps.domain.structure.Evidence;
import org.journeymaps.domain.kernel.InvalidFieldException;
import org.journeymaps.domain.structure.Lane;
import org.journeymaps.domain.structure.LaneType;
import org.journeymaps.domain.kernel.LimitExceededException;
import org.journeymaps.domain.kernel.Limits;
import org.journeymaps.domain.map.MapChange;
import org.journeymaps.domain.structure.Severity;
import org.journeymaps.domain.structure.Stage;
import org.junit.jupiter.api.Test;

class CardServiceTest {
    private static final CardAttributes PHONE = new CardAttributes(Channel.PHONE, null, null, null, null, null,
            Evidence.VALIDATED);
    private final AppFixture app = new AppFixture();
    private final long mapId = app.newMap("Map").id();
    private final Stage discover = app.addStage(mapId, "Discover");
    private final Stage buy = app.addStage(mapId, "Buy");
    private final Lane touchpoints = app.addLane(mapId, "Touchpoints", LaneType.TOUCHPOINTS);
    private final Lane pains = app.addLane(mapId, "Pains", LaneType.PAIN_POINTS);

    @Test
    void add_shouldPlaceTheCardInItsCellAndShiftTheOthers() {
        Card first = add(discover, touchpoints, "First", null);
        Card second = add(discover, touchpoints, "Second", null);
        Card elsewhere = add(buy, touchpoints, "Elsewhere", null);

        Card top = app.cards.add(mapId, new NewCard(discover.id(), touchpoints.id(), "Top", 0, PHONE));

        assertThat(top.position()).isZero();
        assertThat(top.attributes()).isEqualTo(PHONE);
        assertThat(texts(discover, touchpoints)).containsExactly("Top", "First", "Second");
        assertThat(app.repository.findCard(elsewhere.id())).contains(elsewhere);
        assertThat(second.position()).isEqualTo(1);
    }

    @Test
    void add_shouldRejectAttributesTheLaneDoesNotAllowAndMissingCells() {
        assertThatThrownBy(() -> app.cards.add(mapId, new NewCard(discover.id(), pains.id(), "Slow", null, PHONE)))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("channel"));
        assertThatThrownBy(() -> app.cards.add(mapId, new NewCard(null, pains.id(), "Slow", null, null)))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("stageId"));
        assertThatThrownBy(() -> app.cards.add(mapId, new NewCard(discover.id(), 999L, "Slow", null, null)))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.element()).isEqualTo("lane"));
    }

    @Test
    void add_beyondTheLimit_shouldBeRefusedNamingCards() {
        app.repository.inTransaction(() -> {
            for (int i = 0; i < Limits.MAX_CARDS; i++) {
                app.repository.insertCard(aCard().withId(0).onMap(mapId).inStage(discover.id()).inLane(pains.id())
                        .at(i).withText("Card " + i).build());
            }
            return null;
        });
        assertThatThrownBy(() -> add(discover, pains, "One too many", null))
                .isInstanceOfSatisfying(LimitExceededException.class, e -> assertThat(e.field()).isEqualTo("cards"));
    }

    @Test
    void update_shouldEditTextAndAttributesInPlace() {
        Card card = add(discover, pains, "Slow", null);
        CardAttributesPatch severe = new CardAttributesPatch(null, Optional.of(Severity.HIGH), null, null, null, null,
                null);

        Card updated = app.cards.update(mapId, card.id(), new CardPatch(card.version(), "Very slow", null, null, null,
                severe));

        assertThat(updated.text()).isEqualTo("Very slow");
        assertThat(updated.attributes().severity()).isEqualTo(Severity.HIGH);
        assertThat(updated.version()).isEqualTo(card.version() + 1);
        assertThat(lastChange().kind()).isEqualTo(ChangeKind.UPDATED);
    }

    @Test
    void update_moveToAnotherCell_shouldClearDisallowedAttributesAndCloseAndOpenGaps() {
        Card a = add(discover, touchpoints, "A", PHONE);
        Card b = add(discover, touchpoints, "B", null);
        add(buy, pains, "X", null);
        Card y = add(buy, pains, "Y", null);
        app.repository.positionWrites.clear();

        Card moved = app.cards.update(mapId, a.id(), new CardPatch(a.version(), null, buy.id(), pains.id(), 1, null));

        assertThat(moved.stageId()).isEqualTo(buy.id());
        assertThat(moved.laneId()).isEqualTo(pains.id());
        assertThat(moved.attributes()).isEqualTo(new CardAttributes(null, null, null, null, null, null,
                Evidence.VALIDATED));
        assertThat(texts(discover, touchpoints)).containsExactly("B");
        assertThat(texts(buy, pains)).containsExactly("X", "A", "Y");
        assertThat(app.repository.positionWrites).containsExactly(Map.of(b.id(), 0, y.id(), 2));
        assertThat(lastChange().kind()).isEqualTo(ChangeKind.MOVED);
    }

    @Test
    void update_moveWithinTheCell_shouldReorderItsCards() {
        Card a = add(discover, touchpoints, "A", null);
        add(discover, touchpoints, "B", null);
        add(discover, touchpoints, "C", null);

        app.cards.update(mapId, a.id(), new CardPatch(a.version(), null, null, null, 2, null));

        assertThat(texts(discover, touchpoints)).containsExactly("B", "C", "A");
        assertThat(app.repository.cardsInCell(discover.id(), touchpoints.id())).extracting(Card::position)
                .containsExactly(0, 1, 2);
    }

    @Test
    void update_namingTheCurrentCellWithoutPosition_shouldNotMoveTheCard() {
        Card a = add(discover, touchpoints, "A", null);
        add(discover, touchpoints, "B", null);

        app.cards.update(mapId, a.id(), new CardPatch(a.version(), "A2", discover.id(), touchpoints.id(), null, null));

        assertThat(texts(discover, touchpoints)).containsExactly("A2", "B");
        assertThat(lastChange().kind()).isEqualTo(ChangeKind.UPDATED);
    }

    @Test
    void update_settingAnAttributeTheTargetLaneDoesNotAllow_shouldBeRefusedWithoutMoving() {
        Card a = add(discover, touchpoints, "A", null);
        CardAttributesPatch channel = new CardAttributesPatch(Optional.of(Channel.WEB), null, null, null, null, null,
                null);

        assertThatThrownBy(() -> app.cards.update(mapId, a.id(),
                new CardPatch(a.version(), null, null, pains.id(), null, channel)))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("channel"));
        assertThat(app.repository.findCard(a.id())).contains(a);
    }

    @Test
    void update_withAStaleVersion_shouldConflictWithTheCurrentCard_whileOtherCardsStayEditable() {
        Card a = add(discover, touchpoints, "A", null);
        Card b = add(discover, touchpoints, "B", null);
        Card bobs = app.cards.update(mapId, a.id(), new CardPatch(a.version(), "Bob's", null, null, null, null));

        assertThatThrownBy(() -> app.cards.update(mapId, a.id(),
                new CardPatch(a.version(), "Alice's", null, null, null, null)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.current()).isEqualTo(bobs));
        assertThat(app.cards.update(mapId, b.id(), new CardPatch(b.version(), "B2", null, null, null, null)).text())
                .isEqualTo("B2");
    }

    @Test
    void update_movingToAStageOfAnotherMap_shouldBeNotFound() {
        Card a = add(discover, touchpoints, "A", null);
        long otherMap = app.newMap("Other").id();
        Stage foreign = app.addStage(otherMap, "Foreign");

        assertThatThrownBy(() -> app.cards.update(mapId, a.id(),
                new CardPatch(a.version(), null, foreign.id(), null, null, null)))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.element()).isEqualTo("stage"));
    }

    @Test
    void delete_shouldCloseTheGapInTheCell() {
        Card a = add(discover, touchpoints, "A", null);
        Card b = add(discover, touchpoints, "B", null);

        app.cards.delete(mapId, a.id());

        assertThat(app.repository.cardsInCell(discover.id(), touchpoints.id())).containsExactly(b.withPosition(0));
    }

    private Card add(Stage stage, Lane lane, String text, CardAttributes attributes) {
        return app.cards.add(mapId, new NewCard(stage.id(), lane.id(), text, null, attributes));
    }

    private List<String> texts(Stage stage, Lane lane) {
        return app.repository.cardsInCell(stage.id(), lane.id()).stream().map(Card::text).toList();
    }

    private MapChange lastChange() {
        List<MapChange> changes = app.repository.changesOf(mapId);
        return changes.get(changes.size() - 1);
    }
}
