package org.journeymaps.ao.structure;

import org.journeymaps.ao.jira.AoIssueLink;
import org.journeymaps.ao.AoRepositoryTest;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.journeymaps.domain.structure.Card;
import org.journeymaps.domain.structure.CardAttributes;
import org.journeymaps.domain.structure.Channel;
import org.journeymaps.domain.structure.Evidence;
import org.journeymaps.domain.map.JourneyMap;
import org.journeymaps.domain.structure.Lane;
import org.journeymaps.domain.structure.LaneType;
import org.journeymaps.domain.structure.OpportunityStatus;
import org.journeymaps.domain.structure.Rating;
import org.journeymaps.domain.structure.Severity;
import org.journeymaps.domain.structure.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import static org.journeymaps.testdata.CardBuilder.aCard;

class CardRowsTest extends AoRepositoryTest {
    private JourneyMap map;
    private Stage discover;
    private Stage choose;
    private Lane actions;
    private Lane opportunities;

    @BeforeEach
    void layOutMap() {
        map = newMap(100, "Achat");
        discover = newStage(map.id(), "Découvrir", 0);
        choose = newStage(map.id(), "Choisir", 1);
        actions = newLane(map.id(), "Actions", LaneType.ACTIONS, 0);
        opportunities = newLane(map.id(), "Opportunités", LaneType.OPPORTUNITIES, 1);
    }

    @Test
    void insertCard_storesTextPositionAndEveryAttribute() {
        CardAttributes attributes = new CardAttributes(Channel.WEB, Severity.HIGH, OpportunityStatus.IN_PROGRESS,
                "bob", Rating.HIGH, Rating.LOW, Evidence.VALIDATED);
        Card draft = aCard().withId(0).onMap(map.id()).inStage(discover.id()).inLane(opportunities.id()).at(3)
                .withText("Simplifier le paiement").withAttributes(attributes).build();

        long id = inTransaction(() -> repository.insertCard(draft));

        assertThat(repository.findCard(id)).contains(draft.withId(id));
        assertThat(repository.findCard(id + 1000)).isEmpty();
    }

    @Test
    void cardsInCell_listsTheCellsCardsByPosition() {
        Card second = newCard(discover, actions, "Comparer", 1);
        Card first = newCard(discover, actions, "Chercher", 0);
        newCard(choose, actions, "Autre colonne", 0);
        newCard(discover, opportunities, "Autre ligne", 0);

        assertThat(repository.cardsInCell(discover.id(), actions.id())).containsExactly(first, second);
    }

    @Test
    void cardsInLaneAndCountCards_coverTheLaneAndTheWholeMap() {
        Card a = newCard(discover, actions, "Chercher", 0);
        Card b = newCard(choose, actions, "Payer", 0);
        newCard(discover, opportunities, "Idée", 0);
        long otherMapId = newMap(101, "Autre").id();
        newCard(newStage(otherMapId, "Ailleurs", 0), newLane(otherMapId, "Actions", LaneType.ACTIONS, 0), "Autre", 0);

        assertThat(repository.cardsInLane(actions.id())).containsExactlyInAnyOrder(a, b);
        assertThat(repository.countCards(map.id())).isEqualTo(3);
    }

    @Test
    void updateCard_writesEveryFieldAndMovesTheCardToAnotherCell() {
        Card card = newCard(discover, actions, "Chercher", 0);
        Card moved = aCard().withId(card.id()).onMap(map.id()).inStage(choose.id()).inLane(opportunities.id()).at(2)
                .withText("Chercher mieux")
                .withAttributes(new CardAttributes(null, null, OpportunityStatus.DONE, "carol", Rating.MEDIUM, null, null))
                .atVersion(4).build();

        inTransaction(() -> repository.updateCard(moved));

        assertThat(repository.findCard(card.id())).contains(moved);
        assertThat(repository.cardsInCell(discover.id(), actions.id())).isEmpty();
    }

    @Test
    void updateCard_inTheSameCellReadsNoStageOrLane() {
        Card card = newCard(discover, actions, "Chercher", 0);
        Card edited = aCard().withId(card.id()).onMap(map.id()).inStage(discover.id()).inLane(actions.id())
                .withText("Chercher vite").atVersion(2).build();

        long statements = statementsOf(() -> inTransaction(() -> repository.updateCard(edited)));

        assertThat(statements).as("one SELECT of the card, one UPDATE").isEqualTo(2);
        assertThat(repository.findCard(card.id())).contains(edited);
    }

    @Test
    void updateCardPositions_touchesOnlyTheCardsNamed() {
        Card a = newCard(discover, actions, "A", 0);
        Card b = newCard(discover, actions, "B", 1);
        Card c = newCard(discover, actions, "C", 2);

        inTransaction(() -> repository.updateCardPositions(Map.of(a.id(), 1, b.id(), 0)));

        assertThat(repository.cardsInCell(discover.id(), actions.id()))
                .containsExactly(b.withPosition(0), a.withPosition(1), c);
    }

    @Test
    void deleteCard_removesTheCardWithItsIssueLinks() {
        Card doomed = newCard(discover, actions, "Chercher", 0);
        Card kept = newCard(discover, actions, "Payer", 1);
        newIssueLink(doomed, "JM-1");
        newIssueLink(doomed, "JM-2");
        newIssueLink(kept, "JM-3");

        inTransaction(() -> repository.deleteCard(doomed.id()));

        assertThat(repository.findCard(doomed.id())).isEmpty();
        assertThat(repository.findCard(kept.id())).contains(kept);
        assertThat(ao.find(AoIssueLink.class, "CARD_ID = ?", ao.get(AoCard.class, (int) kept.id())))
                .extracting(AoIssueLink::getIssueKey).containsExactly("JM-3");
        assertThat(rowsOf(AoIssueLink.class)).isEqualTo(1);
    }
}
