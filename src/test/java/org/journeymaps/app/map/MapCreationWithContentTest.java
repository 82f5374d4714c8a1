package org.journeymaps.app.map;

import org.journeymaps.app.AppFixture;
import org.journeymaps.app.structure.NewLane;
import org.journeymaps.app.structure.NewStage;
import org.journeymaps.app.template.InitialCard;
import org.journeymaps.app.template.InitialEmotion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.journeymaps.app.map.MapQuery;
import org.journeymaps.domain.structure.Card;
import org.journeymaps.domain.structure.CardAttributes;
import org.journeymaps.domain.emotion.EmotionPoint;
import org.journeymaps.domain.kernel.InvalidFieldException;
import org.journeymaps.domain.map.JourneyState;
import org.journeymaps.domain.structure.LaneType;
import org.journeymaps.domain.map.MapContent;
import org.journeymaps.domain.structure.Severity;
import org.junit.jupiter.api.Test;

/** {@code MapService.create} with the cards and emotion points a map starts with (what templates bring). */
class MapCreationWithContentTest {
    private static final List<NewStage> STAGES = List.of(new NewStage("Discover", null, null),
            new NewStage("Buy", null, null));
    private static final List<NewLane> LANES = List.of(new NewLane("Actions", LaneType.ACTIONS, null),
            new NewLane("Pains", LaneType.PAIN_POINTS, null));
    private static final CardAttributes HIGH = new CardAttributes(null, Severity.HIGH, null, null, null, null, null);

    private final AppFixture app = new AppFixture();

    @Test
    void create_shouldPlaceCardsInTheirCellsInListOrderAndSetTheCurveOfTheMapsState() {
        MapContent content = app.maps.create(new NewMap(AppFixture.PAGE, "Map", null, JourneyState.FUTURE, STAGES,
                LANES, List.of(new InitialCard(1, 0, "Pays", null), new InitialCard(0, 1, "Slow site", HIGH),
                        new InitialCard(1, 0, "Gets a receipt", null)),
                List.of(new InitialEmotion(0, -1, "Annoyed"), new InitialEmotion(1, 2, null)))).content();

        long discover = content.stages().get(0).id();
        long buy = content.stages().get(1).id();
        assertThat(content.cards()).extracting(Card::stageId, Card::laneId, Card::position, Card::text)
                .containsExactly(tuple(discover, content.lanes().get(1).id(), 0, "Slow site"),
                        tuple(buy, content.lanes().get(0).id(), 0, "Pays"),
                        tuple(buy, content.lanes().get(0).id(), 1, "Gets a receipt"));
        assertThat(content.cards().get(0).attributes().severity()).isEqualTo(Severity.HIGH);
        assertThat(content.emotions()).extracting(EmotionPoint::stageId, EmotionPoint::curve, EmotionPoint::score,
                        EmotionPoint::note, EmotionPoint::personaId)
                .containsExactly(tuple(discover, JourneyState.FUTURE, -1, "Annoyed", null),
                        tuple(buy, JourneyState.FUTURE, 2, null, null));
        long mapId = content.map().id();
        assertThat(app.maps.get(mapId).content()).isEqualTo(content);
        assertThat(app.repository.changesOf(mapId)).hasSize(1);
    }

    @Test
    void create_shouldNameTheCardOrPointThatBreaksARuleAndCreateNothing() {
        assertRejected(List.of(new InitialCard(0, 0, "Fine", null), new InitialCard(2, 0, "Nowhere", null)),
                List.of(), "cards[1].stage");
        assertRejected(List.of(new InitialCard(0, null, "No lane", null)), List.of(), "cards[0].lane");
        assertRejected(List.of(new InitialCard(0, 0, "Severity on an action", HIGH)), List.of(), "cards[0].severity");
        assertRejected(List.of(new InitialCard(0, 0, " ", null)), List.of(), "cards[0].text");
        assertRejected(List.of(), List.of(new InitialEmotion(0, 3, null)), "emotions[0].score");
        assertRejected(List.of(), List.of(new InitialEmotion(1, 1, null), new InitialEmotion(1, 2, null)),
                "emotions[1].stage");
        assertThat(app.maps.list(new MapQuery(null, null, null), 0, 10).results()).isEmpty();
    }

    @Test
    void create_shouldRefuseACardWhenTheMapHasNoLanes() {
        assertThatThrownBy(() -> app.maps.create(new NewMap(AppFixture.PAGE, "Map", null, null, STAGES, null,
                List.of(new InitialCard(0, 0, "Lost", null)), null)))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.field()).isEqualTo("cards[0].lane");
                    assertThat(e.reason()).isEqualTo("names an element of an empty list");
                });
    }

    private void assertRejected(List<InitialCard> cards, List<InitialEmotion> emotions, String field) {
        assertThatThrownBy(() -> app.maps.create(new NewMap(AppFixture.PAGE, "Map", null, null, STAGES, LANES, cards,
                emotions)))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo(field));
    }
}
