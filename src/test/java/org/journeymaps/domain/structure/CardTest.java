package org.journeymaps.domain.structure;

import org.journeymaps.domain.kernel.InvalidFieldException;
import org.journeymaps.domain.kernel.Versioned;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CardTest {
    private static final CardAttributes TOUCHPOINT = new CardAttributes(Channel.CHAT, null, null, null, null, null,
            Evidence.VALIDATED);

    @Test
    void create_shouldNormaliseTextAndCheckAttributesAgainstTheLane() {
        Card card = Card.create(1, 2, 3, LaneType.TOUCHPOINTS, " Chat with support\r\n", TOUCHPOINT);
        assertThat(card.text()).isEqualTo("Chat with support");
        assertThat(card.attributes()).isEqualTo(TOUCHPOINT);
        assertThat(card.version()).isEqualTo(Versioned.FIRST_VERSION);

        assertThatThrownBy(() -> Card.create(1, 2, 3, LaneType.ACTIONS, "text", TOUCHPOINT))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("channel"));
        assertThatThrownBy(() -> Card.create(1, 2, 3, LaneType.ACTIONS, " ", null))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("text"));
    }

    @Test
    void create_withoutAttributes_shouldHaveNone() {
        assertThat(Card.create(1, 2, 3, LaneType.TEXT, "x", null).attributes()).isEqualTo(CardAttributes.NONE);
    }

    @Test
    void movedTo_shouldClearAttributesTheNewLaneTypeDoesNotAllow() {
        Card card = Card.create(1, 2, 3, LaneType.TOUCHPOINTS, "Call", TOUCHPOINT);

        Card moved = card.movedTo(4, 5, LaneType.PAIN_POINTS);

        assertThat(moved.stageId()).isEqualTo(4);
        assertThat(moved.laneId()).isEqualTo(5);
        assertThat(moved.attributes()).isEqualTo(new CardAttributes(null, null, null, null, null, null,
                Evidence.VALIDATED));
        assertThat(moved.version()).isEqualTo(card.version());
    }

    @Test
    void movedTo_aLaneOfAnotherTypeThatAllowsTheSameFields_shouldKeepThem() {
        Card card = Card.create(1, 2, 3, LaneType.TOUCHPOINTS, "Call", TOUCHPOINT);
        assertThat(card.movedTo(2, 6, LaneType.CHANNELS).attributes()).isEqualTo(TOUCHPOINT);
    }

    @Test
    void edited_shouldChangeTextAndAttributesForTheGivenLaneType() {
        Card card = Card.create(1, 2, 3, LaneType.PAIN_POINTS, "Slow", null);
        CardAttributesPatch severity = new CardAttributesPatch(null, Optional.of(Severity.CRITICAL), null, null, null,
                null, null);

        Card edited = card.edited("Very slow", severity, LaneType.PAIN_POINTS);

        assertThat(edited.text()).isEqualTo("Very slow");
        assertThat(edited.attributes().severity()).isEqualTo(Severity.CRITICAL);
        assertThat(card.edited(null, null, LaneType.PAIN_POINTS)).isEqualTo(card);
        assertThat(edited.nextVersion().version()).isEqualTo(card.version() + 1);
    }
}
