package org.journeymaps.ao.comment;

import org.journeymaps.ao.AoRepositoryTest;
import java.time.Instant;
import java.util.List;
import org.journeymaps.domain.comment.AnchorType;
import org.journeymaps.domain.structure.Card;
import org.journeymaps.domain.map.ChangeKind;
import org.journeymaps.domain.comment.Comment;
import org.journeymaps.domain.kernel.ElementType;
import org.journeymaps.domain.emotion.EmotionPoint;
import org.journeymaps.domain.map.JourneyMap;
import org.journeymaps.domain.map.JourneyState;
import org.journeymaps.domain.structure.Lane;
import org.journeymaps.domain.structure.LaneType;
import org.journeymaps.domain.map.MapChange;
import org.journeymaps.domain.structure.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** Comments over AO on H2 and PostgreSQL: stored as given, and gone with what they are anchored on. */
class CommentRowsTest extends AoRepositoryTest {
    private static final Instant AT = Instant.parse("2026-05-02T10:00:00Z");

    private AoCommentStore store;
    private JourneyMap map;
    private Stage stage;
    private Stage otherStage;
    private Lane lane;
    private Card card;
    private Card otherCard;

    @BeforeEach
    void mapWithTwoCards() {
        store = new AoCommentStore(ao);
        map = newMap(100, "Achat");
        stage = newStage(map.id(), "Découvrir", 0);
        otherStage = newStage(map.id(), "Choisir", 1);
        lane = newLane(map.id(), "Actions", LaneType.ACTIONS, 0);
        card = newCard(stage, lane, "Chercher", 0);
        otherCard = newCard(otherStage, lane, "Comparer", 0);
    }

    private Comment comment(AnchorType type, Long anchorId, String body) {
        Comment draft = Comment.thread(map.id(), type, anchorId, "alice", body, List.of(), AT);
        return inTransaction(() -> draft.withId(store.insert(draft)));
    }

    private Comment reply(Comment thread, String body) {
        Comment draft = thread.reply("bob", body, List.of("k1", "k2"), AT);
        return inTransaction(() -> draft.withId(store.insert(draft)));
    }

    private List<String> bodies() {
        return store.ofMap(map.id()).stream().map(Comment::body).toList();
    }

    @Test
    void aCommentIsStoredAndReadBackAsGiven_andUpdatesWriteBodyMentionsResolvedAndVersion() {
        Comment thread = comment(AnchorType.MAP, null, "Sur la carte");
        Comment reply = reply(thread, "Réponse");

        assertThat(store.find(thread.id())).contains(thread);
        assertThat(store.find(reply.id())).contains(reply);
        Comment edited = thread.edited("Modifié", List.of("k3"), AT.plusSeconds(5)).resolvedAs(true);
        inTransaction(() -> store.update(edited));

        assertThat(store.find(thread.id())).contains(edited);
        assertThat(store.ofMap(map.id())).containsExactly(edited, reply);
    }

    @Test
    void deletingAThreadTakesItsReplies_deletingAReplyKeepsTheThread() {
        Comment first = comment(AnchorType.CARD, card.id(), "Premier");
        Comment firstReply = reply(first, "R1");
        Comment second = comment(AnchorType.CARD, card.id(), "Second");
        reply(second, "R2");

        inTransaction(() -> store.delete(firstReply));
        assertThat(bodies()).containsExactly("Premier", "Second", "R2");
        inTransaction(() -> store.delete(second));
        assertThat(bodies()).containsExactly("Premier");
    }

    @Test
    void aMovedCardKeepsItsComments_aDeletedCardTakesThemAlong() {
        reply(comment(AnchorType.CARD, card.id(), "Sur la carte"), "Réponse");
        comment(AnchorType.CARD, otherCard.id(), "Sur l'autre carte");

        inTransaction(() -> repository.updateCard(card.movedTo(otherStage.id(), lane.id(), lane.type())
                .withPosition(1).nextVersion()));
        assertThat(bodies()).containsExactly("Sur la carte", "Réponse", "Sur l'autre carte");

        inTransaction(() -> repository.deleteCard(card.id()));
        assertThat(bodies()).containsExactly("Sur l'autre carte");
    }

    @Test
    void aDeletedStageTakesTheCommentsOnItItsCardsAndItsEmotionPoints() {
        EmotionPoint point = EmotionPoint.create(map.id(), stage.id(), null, JourneyState.CURRENT, 2, null);
        long pointId = inTransaction(() -> repository.insertEmotion(point));
        comment(AnchorType.STAGE, stage.id(), "Étape");
        comment(AnchorType.CARD, card.id(), "Carte");
        comment(AnchorType.EMOTION, pointId, "Émotion");
        comment(AnchorType.STAGE, otherStage.id(), "Autre étape");
        comment(AnchorType.LANE, lane.id(), "Couloir");

        inTransaction(() -> repository.deleteStage(stage.id()));

        assertThat(bodies()).containsExactly("Autre étape", "Couloir");
    }

    @Test
    void aDeletedLaneTakesTheCommentsOnItAndItsCards() {
        Lane otherLane = newLane(map.id(), "Pensées", LaneType.THOUGHTS, 1);
        comment(AnchorType.LANE, lane.id(), "Couloir");
        comment(AnchorType.CARD, otherCard.id(), "Carte");
        comment(AnchorType.LANE, otherLane.id(), "Autre couloir");
        comment(AnchorType.STAGE, stage.id(), "Étape");

        inTransaction(() -> repository.deleteLane(lane.id()));

        assertThat(bodies()).containsExactly("Autre couloir", "Étape");
    }

    @Test
    void aDeletedMapTakesItsCommentsAndWatches() {
        comment(AnchorType.MAP, null, "Carte");
        store.setWatching(map.id(), "bob", true);

        inTransaction(() -> repository.deleteMap(map.id()));

        assertThat(rowsOf(AoComment.class)).isZero();
        assertThat(rowsOf(AoMapWatch.class)).isZero();
    }

    @Test
    void participantsAreTheAuthorsOfTheMapsChanges_andWatchChoicesAreKeptPerUser() {
        inTransaction(() -> {
            repository.appendChange(new MapChange(map.id(), 2, "alice", AT, ChangeKind.CREATED, ElementType.CARD, 1));
            repository.appendChange(new MapChange(map.id(), 3, "bob", AT, ChangeKind.CREATED, ElementType.COMMENT, 1));
            repository.appendChange(new MapChange(map.id(), 4, null, AT, ChangeKind.UPDATED, ElementType.MAP, 1));
            repository.appendChange(new MapChange(map.id(), 5, "alice", AT, ChangeKind.UPDATED, ElementType.MAP, 1));
        });
        store.setWatching(map.id(), "carol", true);
        store.setWatching(map.id(), "bob", true);
        store.setWatching(map.id(), "bob", false);

        assertThat(store.participants(map.id())).containsExactlyInAnyOrder("alice", "bob");
        assertThat(store.watchChoices(map.id())).containsOnly(
                entry("carol", true), entry("bob", false));
    }
}
