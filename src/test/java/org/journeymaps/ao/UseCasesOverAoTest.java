package org.journeymaps.ao;

import org.journeymaps.ao.emotion.AoEmotionPointDeletion;
import org.journeymaps.ao.history.AoMapHistory;
import org.journeymaps.ao.kernel.JourneyMapEntities;
import org.journeymaps.ao.map.AoJourneyMapRepository;
import org.journeymaps.ao.AoRepositoryTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.journeymaps.app.kernel.AccessGuard;
import org.journeymaps.app.structure.CardPatch;
import org.journeymaps.app.structure.CardService;
import org.journeymaps.app.kernel.ConflictException;
import org.journeymaps.app.emotion.EmotionInput;
import org.journeymaps.app.emotion.EmotionService;
import org.journeymaps.app.map.MapPatch;
import org.journeymaps.app.map.MapService;
import org.journeymaps.app.kernel.MapWriter;
import org.journeymaps.app.history.Snapshots;
import org.journeymaps.app.structure.NewCard;
import org.journeymaps.app.structure.NewLane;
import org.journeymaps.app.map.NewMap;
import org.journeymaps.app.persona.NewPersona;
import org.journeymaps.app.structure.NewStage;
import org.journeymaps.app.persona.PersonaService;
import org.journeymaps.app.structure.StagePatch;
import org.journeymaps.app.structure.StageService;
import org.journeymaps.app.kernel.AccessPolicy;
import org.journeymaps.app.kernel.Caller;
import org.journeymaps.app.kernel.PageAccess;
import org.journeymaps.app.kernel.SpaceAccess;
import org.journeymaps.devhost.ao.JdbcActiveObjects;
import org.journeymaps.devhost.ao.TestDatabase;
import org.journeymaps.devhost.cluster.DatabaseClusterLockService;
import org.journeymaps.domain.structure.Card;
import org.journeymaps.domain.map.ChangeKind;
import org.journeymaps.domain.kernel.ElementType;
import org.journeymaps.domain.map.JourneyMap;
import org.journeymaps.domain.map.JourneyState;
import org.journeymaps.domain.structure.LaneType;
import org.journeymaps.domain.map.MapChange;
import org.journeymaps.domain.map.MapContent;
import org.journeymaps.domain.persona.Persona;
import org.journeymaps.domain.structure.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The app's use cases over the real repository on H2: the port's contract holds end to end. */
class UseCasesOverAoTest {
    private static final long PAGE = 100;
    private static final String SPACE = "DS";

    /** Alice may edit page 100 and its space DS; nothing else exists. */
    private static final AccessPolicy ALICE_EDITS_PAGE_100 = new AccessPolicy() {
        @Override
        public Optional<Caller> currentCaller() {
            return Optional.of(new Caller("alice", "Alice"));
        }

        @Override
        public PageAccess accessTo(long pageId) {
            return pageId == PAGE ? new PageAccess(true, SPACE, "Page", true, true, true, false)
                    : new PageAccess(false, null, null, false, false, false, false);
        }

        @Override
        public SpaceAccess accessToSpace(String spaceKey) {
            return new SpaceAccess(SPACE.equals(spaceKey), SPACE.equals(spaceKey), SPACE.equals(spaceKey));
        }
    };

    private final TestDatabase.OpenDatabase database = TestDatabase.H2.open();
    private final JdbcActiveObjects ao = migrated(database);
    private final AoJourneyMapRepository repository =
            new AoJourneyMapRepository(ao, new DatabaseClusterLockService(database.dataSource()));
    private final AccessGuard guard = new AccessGuard(repository, ALICE_EDITS_PAGE_100);
    private Instant now = Instant.parse("2026-05-01T09:00:00Z");
    private final MapWriter writer = new MapWriter(repository, guard, () -> now = now.plusSeconds(1),
            new Snapshots(repository, new AoMapHistory(ao)));
    private final MapService maps = new MapService(repository, ALICE_EDITS_PAGE_100, guard, writer, () -> now);
    private final StageService stages = new StageService(repository, writer);
    private final CardService cards = new CardService(repository, writer);
    private final EmotionService emotions = new EmotionService(repository, writer, new AoEmotionPointDeletion(ao));
    private final PersonaService personas = new PersonaService(repository, guard, writer);

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void eachWriteBumpsTheRevisionOnceAndLogsItsChange() {
        MapContent created = maps.create(new NewMap(PAGE, "Achat", null, null,
                List.of(new NewStage("Découvrir", null, null)), List.of(new NewLane("Actions", LaneType.ACTIONS, null))))
                .content();
        long mapId = created.map().id();
        Stage discover = created.stages().get(0);

        Stage choose = stages.add(mapId, new NewStage("Choisir", null, 0));
        Card card = cards.add(mapId, new NewCard(discover.id(), created.lanes().get(0).id(), "Chercher", null, null));
        stages.update(mapId, discover.id(), new StagePatch(1L, "Explorer", null));

        MapContent content = maps.get(mapId).content();
        assertThat(content.map().revision()).isEqualTo(4);
        assertThat(content.stages()).extracting(Stage::name).containsExactly("Choisir", "Explorer");
        assertThat(content.stages()).extracting(Stage::position).containsExactly(0, 1);
        assertThat(content.cards()).containsExactly(card);
        assertThat(maps.changesSince(mapId, 1).changes()).extracting(MapChange::revision, MapChange::kind,
                MapChange::elementType, MapChange::elementId).containsExactly(
                        tuple(2L, ChangeKind.CREATED, ElementType.STAGE, choose.id()),
                        tuple(3L, ChangeKind.CREATED, ElementType.CARD, card.id()),
                        tuple(4L, ChangeKind.UPDATED, ElementType.STAGE, discover.id()));
    }

    @Test
    void aStaleVersionIsAConflictThatWritesNothing() {
        JourneyMap map = newMap();
        Stage stage = stages.add(map.id(), new NewStage("Découvrir", null, null));
        stages.update(map.id(), stage.id(), new StagePatch(1L, "Explorer", null));
        long revision = repository.findMap(map.id()).orElseThrow().revision();

        assertThatThrownBy(() -> stages.update(map.id(), stage.id(), new StagePatch(1L, "Trop tard", null)))
                .isInstanceOfSatisfying(ConflictException.class,
                        conflict -> assertThat(conflict.current().version()).isEqualTo(2));
        assertThatThrownBy(() -> maps.update(map.id(), new MapPatch(7L, "Trop tard", null, null, null, null, null)))
                .isInstanceOfSatisfying(ConflictException.class,
                        conflict -> assertThat(conflict.current()).isEqualTo(repository.findMap(map.id()).orElseThrow()));

        assertThat(repository.findStage(stage.id()).orElseThrow().name()).isEqualTo("Explorer");
        assertThat(repository.findMap(map.id()).orElseThrow().revision()).isEqualTo(revision);
        assertThat(repository.changesSince(map.id(), revision, 10)).isEmpty();
    }

    @Test
    void cardsMoveBetweenCellsAndStageDeletionTakesTheirCardsAlong() {
        MapContent created = maps.create(new NewMap(PAGE, "Achat", null, null,
                List.of(new NewStage("A", null, null), new NewStage("B", null, null)),
                List.of(new NewLane("Actions", LaneType.ACTIONS, null)))).content();
        long mapId = created.map().id();
        long a = created.stages().get(0).id();
        long b = created.stages().get(1).id();
        long lane = created.lanes().get(0).id();
        Card first = cards.add(mapId, new NewCard(a, lane, "Un", null, null));
        Card second = cards.add(mapId, new NewCard(a, lane, "Deux", null, null));

        Card moved = cards.update(mapId, first.id(), new CardPatch(1L, null, b, null, null, null));
        stages.delete(mapId, b);

        assertThat(moved.stageId()).isEqualTo(b);
        assertThat(repository.cardsInCell(a, lane)).extracting(Card::id, Card::position)
                .containsExactly(tuple(second.id(), 0));
        assertThat(repository.findCard(first.id())).isEmpty();
        assertThat(maps.get(mapId).content().stages()).extracting(Stage::id).containsExactly(a);
    }

    @Test
    void deletingAPersonaUnlinksItFromItsMapsWithItsEmotionPointsAndLogsIt() {
        JourneyMap map = newMap();
        Stage stage = stages.add(map.id(), new NewStage("Découvrir", null, null));
        Persona camille = personas.create(SPACE, new NewPersona("Camille", null, null, null, null, null, null));
        JourneyMap linked = maps.update(map.id(), new MapPatch(1L, null, null, null, List.of(camille.id()), null, null));
        emotions.put(map.id(), stage.id(), new EmotionInput(JourneyState.CURRENT, camille.id(), -1, "Perdue", null));

        personas.delete(camille.id());

        MapContent content = maps.get(map.id()).content();
        assertThat(content.personas()).isEmpty();
        assertThat(content.emotions()).isEmpty();
        assertThat(repository.findPersona(camille.id())).isEmpty();
        assertThat(repository.changesSince(map.id(), linked.revision() + 1, 10)).extracting(MapChange::kind,
                MapChange::elementType).containsExactly(
                        tuple(ChangeKind.DELETED, ElementType.PERSONA));
    }

    @Test
    void deletingAMapRemovesItWithEverythingOfIt() {
        JourneyMap map = newMap();
        Stage stage = stages.add(map.id(), new NewStage("Découvrir", null, null));
        emotions.put(map.id(), stage.id(), new EmotionInput(JourneyState.FUTURE, null, 2, null, null));

        maps.delete(map.id());

        assertThat(repository.findMap(map.id())).isEmpty();
        assertThat(repository.stagesOf(map.id())).isEmpty();
        assertThat(repository.changesSince(map.id(), 0, 10)).isEmpty();
    }

    private JourneyMap newMap() {
        return maps.create(new NewMap(PAGE, "Achat", null, null, null, null)).content().map();
    }

    private static JdbcActiveObjects migrated(TestDatabase.OpenDatabase database) {
        JdbcActiveObjects ao = new JdbcActiveObjects(database.dataSource(), AoRepositoryTest.NAMESPACE);
        ao.migrate(JourneyMapEntities.ALL);
        return ao;
    }
}
