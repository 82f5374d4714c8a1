package org.journeymaps.domain.counterpart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.journeymaps.domain.map.JourneyState;
import org.journeymaps.domain.structure.LaneType;
import org.journeymaps.domain.map.MapContent;
import org.journeymaps.domain.SampleContent;
import org.junit.jupiter.api.Test;

class CounterpartComparisonTest {

    @Test
    void of_shouldAlignStagesByNormalisedNameCurrentOrderFirst() {
        MapContent current = SampleContent.map(1, "Aujourd'hui", JourneyState.CURRENT)
                .stage(10, "Découvrir").stage(11, "Payer")
                .emotion(40, 10, null, JourneyState.CURRENT, -1)
                .emotion(41, 10, 7L, JourneyState.CURRENT, -2)
                .emotion(42, 10, null, JourneyState.FUTURE, 2)
                .build();
        MapContent future = SampleContent.map(2, "Demain", JourneyState.FUTURE)
                .stage(20, "Recommander").stage(21, "  decouvrir ! ")
                .emotion(50, 21, null, JourneyState.FUTURE, 1)
                .emotion(51, 20, null, JourneyState.FUTURE, 2)
                .build();

        CounterpartComparison comparison = CounterpartComparison.of(current, future);

        assertThat(comparison.stages()).containsExactly(
                new AlignedStage("Découvrir", 10L, 21L, -1.5, 1.0),
                new AlignedStage("Payer", 11L, null, null, null),
                new AlignedStage("Recommander", null, 20L, null, 2.0));
    }

    @Test
    void of_aPainPointIsAddressedUnlessTheFutureStillListsItInTheSameStage() {
        MapContent current = SampleContent.map(1, "Aujourd'hui", JourneyState.CURRENT)
                .stage(10, "Payer").stage(11, "Livrer")
                .lane(20, "Irritants", LaneType.PAIN_POINTS).lane(21, "Actions", LaneType.ACTIONS)
                .card(30, 10, 20, "Paiement refusé").card(31, 10, 20, "Trop d'étapes")
                .card(32, 11, 20, "Colis en retard").card(33, 11, 21, "Suit le colis")
                .build();
        MapContent future = SampleContent.map(2, "Demain", JourneyState.FUTURE)
                .stage(60, "payer").stage(61, "Livrer")
                .lane(70, "Pains", LaneType.PAIN_POINTS).lane(71, "Actions", LaneType.ACTIONS)
                .card(80, 60, 70, "paiement refuse").card(81, 61, 71, "Colis en retard")
                .card(82, 61, 70, "Trop d'étapes")
                .build();

        CounterpartComparison comparison = CounterpartComparison.of(current, future);

        assertThat(comparison.remaining()).extracting(PainPoint::cardId, PainPoint::stageName)
                .containsExactly(tuple(30L, "Payer"));
        // Still a pain point, but in another stage; and one now only an action card: both addressed.
        assertThat(comparison.addressed()).extracting(PainPoint::cardId).containsExactly(31L, 32L);
    }

    @Test
    void of_comparesNoPainPointsWhenFewerThanHalfOfTheStagesMatch() {
        MapContent current = SampleContent.map(1, "Aujourd'hui", JourneyState.CURRENT)
                .stage(10, "Découvrir").stage(11, "Choisir").stage(12, "Payer")
                .lane(20, "Points de douleur", LaneType.PAIN_POINTS)
                .card(30, 10, 20, "Introuvable").card(31, 12, 20, "Paiement refusé")
                .build();
        MapContent future = SampleContent.map(2, "Demain", JourneyState.FUTURE)
                .stage(60, "Payer").stage(61, "Recevoir").stage(62, "Recommander")
                .build();

        CounterpartComparison comparison = CounterpartComparison.of(current, future);

        assertThat(comparison.stagesMatch()).isFalse();
        assertThat(comparison.matchingStages()).isOne();
        assertThat(comparison.currentStages()).isEqualTo(3);
        assertThat(comparison.addressed()).isEmpty();
        assertThat(comparison.remaining()).isEmpty();
    }

    @Test
    void of_halfTheStagesMatchingIsEnough() {
        MapContent current = SampleContent.map(1, "Aujourd'hui", JourneyState.CURRENT)
                .stage(10, "Découvrir").stage(11, "Payer")
                .lane(20, "Points de douleur", LaneType.PAIN_POINTS).card(30, 11, 20, "Paiement refusé")
                .build();
        MapContent future = SampleContent.map(2, "Demain", JourneyState.FUTURE).stage(60, "Payer").stage(61, "Recevoir").build();

        CounterpartComparison comparison = CounterpartComparison.of(current, future);

        assertThat(comparison.stagesMatch()).isTrue();
        assertThat(comparison.addressed()).extracting(PainPoint::cardId).containsExactly(30L);
    }
}
