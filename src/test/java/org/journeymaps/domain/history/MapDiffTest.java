package org.journeymaps.domain.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.journeymaps.domain.structure.CardAttributes;
import org.journeymaps.domain.kernel.ElementType;
import org.journeymaps.domain.map.JourneyState;
import org.journeymaps.domain.structure.LaneType;
import org.journeymaps.domain.map.MapContent;
import org.journeymaps.domain.SampleContent;
import org.journeymaps.domain.structure.Severity;
import org.junit.jupiter.api.Test;

class MapDiffTest {

    private static SampleContent base() {
        return SampleContent.map(1, "Achat")
                .stage(10, "Découvrir").stage(11, "Acheter")
                .lane(20, "Actions", LaneType.ACTIONS).lane(21, "Irritants", LaneType.PAIN_POINTS)
                .card(30, 10, 20, "Cherche en ligne").card(31, 11, 21, "Paiement refusé")
                .emotion(40, 10, null, JourneyState.CURRENT, 1);
    }

    @Test
    void between_identicalContents_shouldFindNothing() {
        assertThat(MapDiff.between(base().build(), base().build())).isEmpty();
    }

    @Test
    void between_shouldReportAddedRemovedAndChangedElementsOfEveryKind() {
        MapContent from = base().build();
        MapContent to = SampleContent.map(1, "Achat en ligne")
                .stage(10, "Découvrir").stage(12, "Livrer")
                .lane(20, "Actions", LaneType.ACTIONS).lane(21, "Irritants", LaneType.PAIN_POINTS)
                .card(30, 10, 20, "Compare les prix").card(32, 12, 20, "Reçoit le colis")
                .emotion(40, 10, null, JourneyState.CURRENT, -1)
                .persona(50, "Camille")
                .build();

        List<ElementChange> changes = MapDiff.between(from, to);

        assertThat(changes).extracting(ElementChange::type, ElementChange::change, ElementChange::id,
                ElementChange::label).containsExactly(
                tuple(ElementType.MAP, DiffKind.CHANGED, 1L, "Achat en ligne"),
                tuple(ElementType.PERSONA, DiffKind.ADDED, 50L, "Camille"),
                tuple(ElementType.STAGE, DiffKind.ADDED, 12L, "Livrer"),
                tuple(ElementType.STAGE, DiffKind.REMOVED, 11L, "Acheter"),
                tuple(ElementType.CARD, DiffKind.CHANGED, 30L, "Compare les prix"),
                tuple(ElementType.CARD, DiffKind.ADDED, 32L, "Reçoit le colis"),
                tuple(ElementType.CARD, DiffKind.REMOVED, 31L, "Paiement refusé"),
                tuple(ElementType.EMOTION, DiffKind.CHANGED, 10L, "Découvrir · CURRENT"));
        assertThat(changes.get(0).fields()).containsExactly(new FieldChange("title", "Achat", "Achat en ligne"));
        assertThat(changes.get(4).fields()).containsExactly(
                new FieldChange("text", "Cherche en ligne", "Compare les prix"));
        assertThat(changes.get(7).fields()).containsExactly(new FieldChange("score", "1", "-1"));
    }

    @Test
    void between_aCardMovedToAnotherCell_shouldShowItsStageAndLaneByName() {
        MapContent to = SampleContent.map(1, "Achat")
                .stage(10, "Découvrir").stage(11, "Acheter")
                .lane(20, "Actions", LaneType.ACTIONS).lane(21, "Irritants", LaneType.PAIN_POINTS)
                .card(30, 11, 21, "Cherche en ligne").card(31, 11, 21, "Paiement refusé")
                .emotion(40, 10, null, JourneyState.CURRENT, 1)
                .build();

        assertThat(MapDiff.between(base().build(), to)).singleElement().satisfies(change -> {
            assertThat(change.id()).isEqualTo(30);
            assertThat(change.fields()).containsExactly(new FieldChange("stage", "Découvrir", "Acheter"),
                    new FieldChange("lane", "Actions", "Irritants"));
        });
    }

    @Test
    void between_positionsAlone_shouldNotCountAsChanges() {
        MapContent from = SampleContent.map(1, "M").stage(10, "A").stage(11, "B").build();
        MapContent to = SampleContent.map(1, "M").stage(11, "B").stage(10, "A").build();

        assertThat(MapDiff.between(from, to)).isEmpty();
    }

    @Test
    void between_attributesAndIssueLinks_shouldBeComparedFieldByField() {
        MapContent from = SampleContent.map(1, "M").stage(10, "A").lane(21, "P", LaneType.PAIN_POINTS)
                .card(31, 10, 21, "Attente", new CardAttributes(null, Severity.LOW, null, null, null, null, null))
                .build();
        MapContent to = SampleContent.map(1, "M").stage(10, "A").lane(21, "P", LaneType.PAIN_POINTS)
                .card(31, 10, 21, "Attente", new CardAttributes(null, Severity.HIGH, null, null, null, null, null))
                .issue(31, "SHOP-2").issue(31, "SHOP-1")
                .build();

        assertThat(MapDiff.between(from, to)).singleElement().extracting(ElementChange::fields)
                .isEqualTo(List.of(new FieldChange("severity", "LOW", "HIGH"),
                        new FieldChange("issues", null, "SHOP-1, SHOP-2")));
    }

    @Test
    void between_emotionPoints_shouldBeMatchedByStagePersonaAndCurve() {
        MapContent from = SampleContent.map(1, "M").stage(10, "A").persona(50, "Camille")
                .emotion(40, 10, null, JourneyState.CURRENT, 0)
                .emotion(41, 10, 50L, JourneyState.CURRENT, 2).build();
        MapContent to = SampleContent.map(1, "M").stage(10, "A").persona(50, "Camille")
                .emotion(99, 10, null, JourneyState.CURRENT, 0)
                .emotion(42, 10, 50L, JourneyState.FUTURE, 2).build();

        assertThat(MapDiff.between(from, to)).extracting(ElementChange::change, ElementChange::label)
                .containsExactly(tuple(DiffKind.ADDED, "A · FUTURE · Camille"),
                        tuple(DiffKind.REMOVED, "A · CURRENT · Camille"));
    }
}
