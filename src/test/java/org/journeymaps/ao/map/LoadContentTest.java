package org.journeymaps.ao.map;

import org.journeymaps.ao.AoRepositoryTest;
import org.journeymaps.ao.jira.AoIssueLink;
import org.journeymaps.ao.kernel.JourneyMapEntities;
import org.journeymaps.ao.structure.AoCard;
import org.journeymaps.ao.structure.AoLane;
import org.journeymaps.ao.structure.AoStage;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.java.ao.DBParam;
import org.journeymaps.domain.structure.Card;
import org.journeymaps.domain.emotion.EmotionPoint;
import org.journeymaps.domain.jira.IssueLink;
import org.journeymaps.domain.map.JourneyMap;
import org.journeymaps.domain.map.JourneyState;
import org.journeymaps.domain.structure.Lane;
import org.journeymaps.domain.structure.LaneType;
import org.journeymaps.domain.map.MapContent;
import org.journeymaps.domain.persona.Persona;
import org.journeymaps.domain.structure.Stage;
import org.junit.jupiter.api.Test;

class LoadContentTest extends AoRepositoryTest {

    @Test
    void loadContent_returnsTheWholeMapAndNothingOfOtherMaps() {
        JourneyMap map = newMap(100, "Achat");
        Stage choose = newStage(map.id(), "Choisir", 1);
        Stage discover = newStage(map.id(), "Découvrir", 0);
        Lane pains = newLane(map.id(), "Irritants", LaneType.PAIN_POINTS, 1);
        Lane actions = newLane(map.id(), "Actions", LaneType.ACTIONS, 0);
        Card late = newCard(choose, actions, "Payer", 0);
        Card early = newCard(discover, pains, "Trop de choix", 0);
        Card first = newCard(discover, actions, "Chercher", 0);
        Persona camille = newPersona(SPACE, "Camille");
        Persona alex = newPersona(SPACE, "Alex");
        newPersona(SPACE, "Pas sur la carte");
        EmotionPoint point = EmotionPoint.create(map.id(), discover.id(), camille.id(), JourneyState.CURRENT, -1, "Perdue");
        long pointId = inTransaction(() -> {
            repository.linkPersona(map.id(), camille.id());
            repository.linkPersona(map.id(), alex.id());
            return repository.insertEmotion(point);
        });
        AoIssueLink link = newIssueLink(early, "JM-7");
        fillOtherMap();

        MapContent content = repository.loadContent(map.id()).orElseThrow();

        assertThat(content.map()).isEqualTo(map);
        assertThat(content.stages()).containsExactly(discover, choose);
        assertThat(content.lanes()).containsExactly(actions, pains);
        assertThat(content.cards()).containsExactly(first, early, late);
        assertThat(content.emotions()).containsExactly(point.withId(pointId));
        assertThat(content.personas()).containsExactly(alex, camille);
        assertThat(content.issueLinks()).containsExactly(
                new IssueLink(link.getID(), early.id(), "jira", "JM-7", null, null, null, null, null));
    }

    @Test
    void loadContent_isEmptyForAMissingMapAfterOneStatement() {
        long statements = statementsOf(() -> assertThat(repository.loadContent(4_242)).isEmpty());

        assertThat(statements).isEqualTo(1);
    }

    @Test
    void loadContent_costsTheSameStatementsForTenAndTwoThousandCardsAtMostOnePerTable() {
        long small = mapWithCards(10);
        long large = mapWithCards(2_000);

        long forSmall = statementsOf(() -> assertThat(repository.loadContent(small).orElseThrow().cards()).hasSize(10));
        long forLarge = statementsOf(() -> assertThat(repository.loadContent(large).orElseThrow().cards())
                .hasSize(2_000));

        assertThat(forLarge).isEqualTo(forSmall);
        assertThat(forSmall).isLessThanOrEqualTo(JourneyMapEntities.ALL.length);
    }

    @Test
    void loadContent_skipsThePersonaQueryWhenTheMapHasNone() {
        long withoutPersonas = mapWithCards(3);
        long withPersona = mapWithCards(3);
        Persona camille = newPersona(SPACE, "Camille");
        inTransaction(() -> repository.linkPersona(withPersona, camille.id()));

        long without = statementsOf(() -> repository.loadContent(withoutPersonas));
        long with = statementsOf(() -> repository.loadContent(withPersona));

        assertThat(with).isEqualTo(without + 1);
    }

    /** A map of 4 stages × 5 lanes with {@code cards} cards, each with an issue link, and emotions on every stage. */
    private long mapWithCards(int cards) {
        JourneyMap map = newMap(100, "Carte de " + cards);
        List<Stage> stages = new ArrayList<>();
        List<Lane> lanes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            stages.add(newStage(map.id(), "Étape " + i, i));
            inTransaction(() -> repository.insertEmotion(EmotionPoint.create(map.id(), stages.get(stages.size() - 1).id(),
                    null, JourneyState.CURRENT, 1, null)));
        }
        for (int i = 0; i < 5; i++) {
            lanes.add(newLane(map.id(), "Ligne " + i, LaneType.ACTIONS, i));
        }
        // Rows written directly, with the parents read once, so the 2,000-card map is quick to build.
        AoJourneyMap mapRow = ao.get(AoJourneyMap.class, (int) map.id());
        List<AoStage> stageRows = stages.stream().map(s -> ao.get(AoStage.class, (int) s.id())).toList();
        List<AoLane> laneRows = lanes.stream().map(l -> ao.get(AoLane.class, (int) l.id())).toList();
        ao.executeInTransaction(() -> {
            for (int i = 0; i < cards; i++) {
                AoCard card = ao.create(AoCard.class, new DBParam("MAP_ID", mapRow),
                        new DBParam("STAGE_ID", stageRows.get(i % 4)), new DBParam("LANE_ID", laneRows.get(i % 5)),
                        new DBParam("SORT_INDEX", i), new DBParam("TEXT", "Carte " + i),
                        new DBParam("EDIT_VERSION", 1L));
                ao.create(AoIssueLink.class, new DBParam("MAP_ID", mapRow), new DBParam("CARD_ID", card),
                        new DBParam("SERVER_ID", "jira"), new DBParam("ISSUE_KEY", "JM-" + i));
            }
            return null;
        });
        return map.id();
    }

    private void fillOtherMap() {
        long other = mapWithCards(2);
        Persona elsewhere = newPersona(SPACE, "Ailleurs");
        inTransaction(() -> repository.linkPersona(other, elsewhere.id()));
    }
}
