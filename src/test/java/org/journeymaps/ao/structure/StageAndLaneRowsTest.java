package org.journeymaps.ao.structure;

import org.journeymaps.ao.emotion.AoEmotion;
import org.journeymaps.ao.jira.AoIssueLink;
import org.journeymaps.ao.AoRepositoryTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.journeymaps.domain.emotion.EmotionPoint;
import org.journeymaps.domain.map.JourneyMap;
import org.journeymaps.domain.map.JourneyState;
import org.journeymaps.domain.structure.Lane;
import org.journeymaps.domain.structure.LaneType;
import org.journeymaps.domain.structure.Stage;
import org.junit.jupiter.api.Test;
import static org.journeymaps.testdata.LaneBuilder.aLane;
import static org.journeymaps.testdata.StageBuilder.aStage;

class StageAndLaneRowsTest extends AoRepositoryTest {

    @Test
    void stagesAreStoredFoundAndListedByPosition() {
        JourneyMap map = newMap(100, "Achat");
        Stage second = newStage(map.id(), "Choisir", 1);
        Stage first = inTransaction(() -> {
            Stage draft = Stage.create(map.id(), "Découvrir", "Le client cherche", "Avant l'achat").withPosition(0);
            return draft.withId(repository.insertStage(draft));
        });
        newStage(newMap(101, "Autre").id(), "Ailleurs", 0);

        assertThat(repository.findStage(first.id())).contains(first);
        assertThat(repository.stagesOf(map.id())).containsExactly(first, second);
        assertThat(repository.findStage(first.id() + 1000)).isEmpty();
    }

    @Test
    void updateStage_writesEveryFieldOfTheStage() {
        Stage stage = newStage(newMap(100, "Achat").id(), "Découvrir", 0);
        Stage edited = aStage().withId(stage.id()).onMap(stage.mapId()).named("Explorer")
                .withDescription("Nouvelle description").inPhase("Achat").at(4).atVersion(7).build();

        inTransaction(() -> repository.updateStage(edited));

        assertThat(repository.findStage(stage.id())).contains(edited);
    }

    @Test
    void updateStagePositions_touchesOnlyTheStagesNamed() {
        JourneyMap map = newMap(100, "Achat");
        Stage a = newStage(map.id(), "A", 0);
        Stage b = newStage(map.id(), "B", 1);
        Stage c = newStage(map.id(), "C", 2);
        Stage untouched = aStage().withId(c.id()).onMap(c.mapId()).named(c.name()).withDescription(c.description())
                .at(2).atVersion(5).build();
        inTransaction(() -> repository.updateStage(untouched));

        inTransaction(() -> repository.updateStagePositions(Map.of(a.id(), 1, b.id(), 0)));

        assertThat(repository.stagesOf(map.id())).containsExactly(b.withPosition(0), a.withPosition(1), untouched);
        assertThatThrownBy(() -> inTransaction(() -> repository.updateStagePositions(Map.of(a.id() + 1000, 0))))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void updateStagePositions_readsTheRowsInOneQuery() {
        JourneyMap map = newMap(100, "Achat");
        Stage a = newStage(map.id(), "A", 0);
        Stage b = newStage(map.id(), "B", 1);
        Stage c = newStage(map.id(), "C", 2);

        long statements = statementsOf(() -> inTransaction(() ->
                repository.updateStagePositions(Map.of(a.id(), 2, b.id(), 1, c.id(), 0))));

        assertThat(statements).as("one SELECT, one UPDATE per row").isEqualTo(4);
    }

    @Test
    void deleteStage_removesItsCardsWithTheirIssueLinksAndItsEmotionPoints() {
        JourneyMap map = newMap(100, "Achat");
        Stage doomed = newStage(map.id(), "Découvrir", 0);
        Stage kept = newStage(map.id(), "Choisir", 1);
        Lane lane = newLane(map.id(), "Actions", LaneType.ACTIONS, 0);
        newIssueLink(newCard(doomed, lane, "Recherche", 0), "JM-1");
        newIssueLink(newCard(kept, lane, "Comparaison", 0), "JM-2");
        inTransaction(() -> {
            repository.insertEmotion(EmotionPoint.create(map.id(), doomed.id(), null, JourneyState.CURRENT, 1, null));
            repository.insertEmotion(EmotionPoint.create(map.id(), kept.id(), null, JourneyState.CURRENT, -1, null));
        });

        inTransaction(() -> repository.deleteStage(doomed.id()));

        assertThat(repository.stagesOf(map.id())).containsExactly(kept);
        assertThat(repository.cardsInLane(lane.id())).extracting(card -> card.stageId()).containsExactly(kept.id());
        assertThat(ao.find(AoIssueLink.class, "ISSUE_KEY = ?", "JM-1")).isEmpty();
        assertThat(rowsOf(AoIssueLink.class)).isEqualTo(1);
        assertThat(rowsOf(AoEmotion.class)).isEqualTo(1);
    }

    @Test
    void lanesAreStoredFoundListedUpdatedAndRepositioned() {
        JourneyMap map = newMap(100, "Achat");
        Lane pains = newLane(map.id(), "Irritants", LaneType.PAIN_POINTS, 1);
        Lane actions = newLane(map.id(), "Actions", LaneType.ACTIONS, 0);

        assertThat(repository.findLane(pains.id())).contains(pains);
        assertThat(repository.lanesOf(map.id())).containsExactly(actions, pains);

        Lane edited = aLane().withId(pains.id()).onMap(map.id()).named("Pensées").ofType(LaneType.THOUGHTS).at(1)
                .atVersion(2).build();
        inTransaction(() -> repository.updateLane(edited));
        inTransaction(() -> repository.updateLanePositions(Map.of(actions.id(), 3)));

        assertThat(repository.lanesOf(map.id())).containsExactly(edited, actions.withPosition(3));
        assertThat(repository.findLane(pains.id() + 1000)).isEmpty();
    }

    @Test
    void deleteLane_removesItsCardsWithTheirIssueLinks() {
        JourneyMap map = newMap(100, "Achat");
        Stage stage = newStage(map.id(), "Découvrir", 0);
        Lane doomed = newLane(map.id(), "Irritants", LaneType.PAIN_POINTS, 0);
        Lane kept = newLane(map.id(), "Actions", LaneType.ACTIONS, 1);
        newIssueLink(newCard(stage, doomed, "Trop long", 0), "JM-1");
        newCard(stage, kept, "Chercher", 0);

        inTransaction(() -> repository.deleteLane(doomed.id()));

        assertThat(repository.lanesOf(map.id())).containsExactly(kept);
        assertThat(repository.countCards(map.id())).isEqualTo(1);
        assertThat(rowsOf(AoIssueLink.class)).isZero();
    }
}
