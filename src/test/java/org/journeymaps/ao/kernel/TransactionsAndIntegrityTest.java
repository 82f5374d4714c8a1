package org.journeymaps.ao.kernel;

import org.journeymaps.ao.jira.AoIssueLink;
import org.journeymaps.ao.map.AoJourneyMapRepository;
import org.journeymaps.ao.map.AoMapChange;
import org.journeymaps.ao.AoRepositoryTest;
import org.journeymaps.ao.structure.AoCard;
import org.journeymaps.ao.structure.AoLane;
import org.journeymaps.ao.structure.AoStage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.beehive.ClusterLock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.journeymaps.devhost.ao.JdbcActiveObjects;
import org.journeymaps.devhost.cluster.DatabaseClusterLockService;
import org.journeymaps.app.map.MapQuery;
import org.journeymaps.domain.structure.Card;
import org.journeymaps.domain.structure.CardAttributes;
import org.journeymaps.domain.map.ChangeKind;
import org.journeymaps.domain.kernel.ElementType;
import org.journeymaps.domain.emotion.EmotionPoint;
import org.journeymaps.domain.map.JourneyMap;
import org.journeymaps.domain.jira.JiraErrorCode;
import org.journeymaps.domain.map.JourneyState;
import org.journeymaps.domain.structure.Lane;
import org.journeymaps.domain.structure.LaneType;
import org.journeymaps.domain.map.MapChange;
import org.journeymaps.domain.map.MapContent;
import org.journeymaps.domain.persona.Persona;
import org.journeymaps.domain.structure.Stage;
import org.junit.jupiter.api.Test;
import static org.journeymaps.testdata.JourneyMapBuilder.aMap;
import static org.journeymaps.testdata.StageBuilder.aStage;

class TransactionsAndIntegrityTest extends AoRepositoryTest {

    @Test
    void aFailedWriteLeavesNothingBehindAndReleasesTheMapLock() {
        JourneyMap map = newMap(100, "Achat");
        IllegalStateException failure = new IllegalStateException("stop");

        assertThatThrownBy(() -> inTransaction(() -> {
            long revision = repository.nextRevision(map.id(), "bob", CREATED.plusSeconds(5));
            Stage stage = newStage(map.id(), "Découvrir", 0);
            Lane lane = newLane(map.id(), "Actions", LaneType.ACTIONS, 0);
            newCard(stage, lane, "Chercher", 0);
            repository.appendChange(new MapChange(map.id(), revision, "bob", CREATED, ChangeKind.CREATED,
                    ElementType.CARD, 1));
            throw failure;
        })).isSameAs(failure);

        assertThat(repository.findMap(map.id())).contains(map);
        assertThat(rowsOf(AoStage.class) + rowsOf(AoLane.class) + rowsOf(AoCard.class) + rowsOf(AoMapChange.class))
                .isZero();
        assertThat(isFreeForOtherNodes(map.id())).as("the lock is free again").isTrue();
    }

    @Test
    void nestedTransactionsJoinTheOuterOneAndTheMapLockLastsUntilItEnds() {
        JourneyMap map = newMap(100, "Achat");

        assertThatThrownBy(() -> inTransaction(() -> {
            inTransaction(() -> repository.nextRevision(map.id(), "bob", CREATED));
            assertThat(isFreeForOtherNodes(map.id())).as("still held after the nested call").isFalse();
            newStage(map.id(), "Découvrir", 0);
            throw new IllegalStateException("outer fails");
        })).hasMessage("outer fails");

        assertThat(repository.findMap(map.id()).orElseThrow().revision()).isEqualTo(map.revision());
        assertThat(rowsOf(AoStage.class)).isZero();
        assertThat(isFreeForOtherNodes(map.id())).isTrue();
    }

    @Test
    void writersOfOneMapOnTwoNodesAreSerialisedByNextRevision() throws Exception {
        JourneyMap map = newMap(100, "Achat");
        AoJourneyMapRepository otherNode = new AoJourneyMapRepository(
                new JdbcActiveObjects(openDatabase.dataSource(), NAMESPACE),
                new DatabaseClusterLockService(openDatabase.dataSource()));
        int writesEach = 15;

        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> writers = List.of(
                    threads.submit(() -> write(repository, map.id(), "alice", writesEach)),
                    threads.submit(() -> write(otherNode, map.id(), "bob", writesEach)));
            for (Future<?> writer : writers) {
                writer.get(60, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }

        long last = map.revision() + 2L * writesEach;
        assertThat(repository.findMap(map.id()).orElseThrow().revision()).isEqualTo(last);
        assertThat(repository.changesSince(map.id(), 0, 1_000)).extracting(MapChange::revision)
                .as("unique and gapless").containsExactlyElementsOf(LongStream.rangeClosed(2, last).boxed().toList());
    }

    @Test
    void frenchTextWithAccentsAndEmojiRoundTripsThroughEveryTextColumn() {
        String text = "Étape « Réception » — café ☕ 🧥";
        JourneyMap draft = aMap().withId(0).onPage(100, "ÉTÉ☕").titled(text).withDescription(text + "\nligne 2")
                .ownedBy(text).createdBy(text, CREATED).updatedBy(text, CREATED).build();
        JourneyMap map = inTransaction(() -> draft.withId(repository.insertMap(draft)));
        Stage stage = inTransaction(() -> {
            Stage s = aStage().withId(0).onMap(map.id()).named(text).withDescription(text).build();
            return s.withId(repository.insertStage(s));
        });
        Lane lane = newLane(map.id(), text, LaneType.OPPORTUNITIES, 0);
        Card card = inTransaction(() -> {
            Card c = Card.create(map.id(), stage.id(), lane.id(), lane.type(), text,
                    new CardAttributes(null, null, null, text, null, null, null));
            return c.withId(repository.insertCard(c));
        });
        Persona persona = inTransaction(() -> {
            Persona p = Persona.create("ÉTÉ☕", text, text, text, text, text, text, null);
            return p.withId(repository.insertPersona(p));
        });
        EmotionPoint point = EmotionPoint.create(map.id(), stage.id(), persona.id(), JourneyState.CURRENT, 0, text);
        MapChange change = new MapChange(map.id(), 1, text, CREATED, ChangeKind.CREATED, ElementType.MAP, map.id());
        long pointId = inTransaction(() -> {
            repository.linkPersona(map.id(), persona.id());
            repository.appendChange(change);
            return repository.insertEmotion(point);
        });
        AoIssueLink link = newIssueLink(card, text);
        link.setSummary(text);
        link.setStatusName(text);
        link.setStatusCategory("DONE");
        link.setSyncErrorCode("TIMEOUT");
        link.setSyncError(text);
        link.save();

        MapContent content = repository.loadContent(map.id()).orElseThrow();
        assertThat(content.map()).isEqualTo(map);
        assertThat(content.stages()).containsExactly(stage);
        assertThat(content.lanes()).containsExactly(lane);
        assertThat(content.cards()).containsExactly(card);
        assertThat(content.personas()).containsExactly(persona);
        assertThat(content.emotions()).containsExactly(point.withId(pointId));
        assertThat(content.issueLinks().get(0)).extracting("issueKey", "summary", "status", "error.message")
                .containsOnly(text);
        assertThat(content.issueLinks().get(0).error().code()).isEqualTo(JiraErrorCode.TIMEOUT);
        assertThat(repository.changesSince(map.id(), 0, 10)).containsExactly(change);
        assertThat(repository.personasOfSpace("ÉTÉ☕")).containsExactly(persona);
        assertThat(repository.findMaps(new MapQuery(null, "ÉTÉ☕", null), 0, 10))
                .containsExactly(map);
    }

    private static Void write(AoJourneyMapRepository node, long mapId, String author, int writes) {
        for (int i = 0; i < writes; i++) {
            node.inTransaction(() -> {
                Instant at = Instant.now();
                long revision = node.nextRevision(mapId, author, at);
                node.appendChange(new MapChange(mapId, revision, author, at, ChangeKind.UPDATED, ElementType.MAP,
                        mapId));
                return null;
            });
        }
        return null;
    }

    /** Whether another Data Center node could take the map's lock now (it gives it back at once). */
    private boolean isFreeForOtherNodes(long mapId) {
        ClusterLock lock = new DatabaseClusterLockService(openDatabase.dataSource())
                .getLockForName(MapTransactions.LOCK_PREFIX + mapId);
        Callable<Boolean> tryLock = () -> {
            boolean taken = lock.tryLock();
            if (taken) {
                lock.unlock();
            }
            return taken;
        };
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            return thread.submit(tryLock).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            thread.shutdownNow();
        }
    }
}
