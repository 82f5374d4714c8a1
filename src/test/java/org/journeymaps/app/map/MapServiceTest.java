package org.journeymaps.app.map;

import org.journeymaps.app.AppFixture;
import org.journeymaps.app.FakeAccessPolicy;
import org.journeymaps.app.emotion.EmotionInput;
import org.journeymaps.app.kernel.ConflictException;
import org.journeymaps.app.kernel.MapPermissions;
import org.journeymaps.app.persona.NewPersona;
import org.journeymaps.app.structure.NewCard;
import org.journeymaps.app.structure.NewLane;
import org.journeymaps.app.structure.NewStage;
import org.journeymaps.app.structure.StagePatch;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.journeymaps.app.FakeAccessPolicy.Right;
import org.journeymaps.app.map.MapQuery;
import org.journeymaps.domain.map.ChangeKind;
import org.journeymaps.domain.kernel.ElementType;
import org.journeymaps.domain.emotion.EmotionPoint;
import org.journeymaps.domain.kernel.InvalidFieldException;
import org.journeymaps.domain.map.JourneyMap;
import org.journeymaps.domain.map.JourneyState;
import org.journeymaps.domain.structure.Lane;
import org.journeymaps.domain.structure.LaneType;
import org.journeymaps.domain.kernel.LimitExceededException;
import org.journeymaps.domain.kernel.Limits;
import org.journeymaps.domain.map.MapChange;
import org.journeymaps.domain.persona.Persona;
import org.journeymaps.domain.structure.Stage;
import org.junit.jupiter.api.Test;

class MapServiceTest {
    private final AppFixture app = new AppFixture();

    @Test
    void create_shouldStoreAnEmptyMapAtRevisionOneWithItsCreationLogged() {
        MapView view = app.maps.create(new NewMap(AppFixture.PAGE, " Onboarding ", "How people start", null,
                null, null));

        JourneyMap map = view.content().map();
        assertThat(map.title()).isEqualTo("Onboarding");
        assertThat(map.spaceKey()).isEqualTo(AppFixture.SPACE);
        assertThat(map.state()).isEqualTo(JourneyState.CURRENT);
        assertThat(map.createdBy()).isEqualTo("alice");
        assertThat(view.content().stages()).isEmpty();
        assertThat(view.permissions()).isEqualTo(new MapPermissions(true, true, true, false));
        assertThat(app.storedMap(map.id())).isEqualTo(map);
        assertThat(app.repository.changesOf(map.id())).containsExactly(new MapChange(map.id(), 1, "alice",
                map.createdAt(), ChangeKind.CREATED, ElementType.MAP, map.id()));
    }

    @Test
    void create_withStagesAndLanes_shouldLayThemOutInOneChange() {
        MapView view = app.maps.create(new NewMap(AppFixture.PAGE, "Map", null, JourneyState.FUTURE,
                List.of(new NewStage("Buy", null, null), new NewStage("Discover", null, 0)),
                List.of(new NewLane("Actions", LaneType.ACTIONS, null), new NewLane("Pains", LaneType.PAIN_POINTS, 5))));

        long mapId = view.content().map().id();
        assertThat(view.content().stages()).extracting(Stage::name).containsExactly("Discover", "Buy");
        assertThat(view.content().lanes()).extracting(Lane::name, Lane::position)
                .containsExactly(tuple("Actions", 0), tuple("Pains", 1));
        assertThat(app.maps.get(mapId).content()).isEqualTo(view.content());
        assertThat(app.repository.changesOf(mapId)).hasSize(1);
    }

    @Test
    void create_withAnInvalidOrSurplusStage_shouldNameItAndCreateNothing() {
        List<NewStage> oneBlank = List.of(new NewStage("Fine", null, null), new NewStage(" ", null, null));
        assertThatThrownBy(() -> app.maps.create(new NewMap(AppFixture.PAGE, "Map", null, null, oneBlank, null)))
                .isInstanceOfSatisfying(InvalidFieldException.class,
                        e -> assertThat(e.field()).isEqualTo("stages[1].name"));

        List<NewLane> tooMany = Collections.nCopies(Limits.MAX_LANES + 1, new NewLane("Lane", LaneType.TEXT, null));
        assertThatThrownBy(() -> app.maps.create(new NewMap(AppFixture.PAGE, "Map", null, null, null, tooMany)))
                .isInstanceOfSatisfying(LimitExceededException.class, e -> assertThat(e.field()).isEqualTo("lanes"));
        assertThat(app.maps.list(new MapQuery(null, null, null), 0, 10).results()).isEmpty();
    }

    @Test
    void create_shouldRejectAMissingTitleOrPage() {
        assertThatThrownBy(() -> app.maps.create(new NewMap(AppFixture.PAGE, " ", null, null, null, null)))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("title"));
        assertThatThrownBy(() -> app.maps.create(new NewMap(null, "Map", null, null, null, null)))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("pageId"));
    }

    @Test
    void get_shouldReturnTheWholeMapInOrder() {
        JourneyMap map = app.newMap("Map");
        Stage second = app.addStage(map.id(), "Second");
        Stage first = app.stages.add(map.id(), new NewStage("First", null, 0));
        app.addLane(map.id(), "Actions", LaneType.ACTIONS);

        MapView view = app.maps.get(map.id());

        assertThat(view.content().stages()).extracting(Stage::id).containsExactly(first.id(), second.id());
        assertThat(view.content().lanes()).hasSize(1);
        assertThat(view.content().map().revision()).isEqualTo(4);
    }

    @Test
    void update_shouldChangeTheMapsOwnFieldsAndBumpItsVersion() {
        JourneyMap map = app.newMap("Map");

        JourneyMap updated = app.maps.update(map.id(), new MapPatch(map.version(), "Renamed", null,
                JourneyState.FUTURE, null, "bob", Optional.of(LocalDate.of(2026, 9, 1))));

        assertThat(updated.title()).isEqualTo("Renamed");
        assertThat(updated.state()).isEqualTo(JourneyState.FUTURE);
        assertThat(updated.ownerKey()).isEqualTo("bob");
        assertThat(updated.reviewDue()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(updated.version()).isEqualTo(map.version() + 1);
        assertThat(updated.revision()).isEqualTo(map.revision() + 1);
        assertThat(app.storedMap(map.id())).isEqualTo(updated);
    }

    @Test
    void update_withAStaleVersion_shouldConflictWithTheCurrentMap() {
        JourneyMap map = app.newMap("Map");
        JourneyMap current = app.maps.update(map.id(), titled(map.version(), "By Bob"));

        assertThatThrownBy(() -> app.maps.update(map.id(), titled(map.version(), "By Alice")))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.current()).isEqualTo(current));
        assertThatThrownBy(() -> app.maps.update(map.id(), titled(null, "No version")))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("version"));
        assertThat(app.storedMap(map.id())).isEqualTo(current);
    }

    @Test
    void update_elementChanges_shouldNotConflictWithTheMapsOwnVersion() {
        JourneyMap map = app.newMap("Map");
        app.addStage(map.id(), "Discover");

        assertThat(app.maps.update(map.id(), titled(map.version(), "Renamed")).title()).isEqualTo("Renamed");
    }

    @Test
    void update_personaIds_shouldLinkAndUnlinkSpacePersonas_removingTheEmotionsOfUnlinkedOnes() {
        JourneyMap map = app.newMap("Map");
        Persona pat = app.personas.create(AppFixture.SPACE, new NewPersona("Pat", null, null, null, null, null, null));
        Persona sam = app.personas.create(AppFixture.SPACE, new NewPersona("Sam", null, null, null, null, null, null));
        Stage stage = app.addStage(map.id(), "Discover");
        JourneyMap linked = app.maps.update(map.id(), personas(map.version(), pat.id(), pat.id()));
        EmotionPoint patFeels = app.emotions.put(map.id(), stage.id(),
                new EmotionInput(JourneyState.CURRENT, pat.id(), 1, null, null));

        app.maps.update(map.id(), personas(linked.version(), sam.id()));

        assertThat(app.repository.personaIdsOfMap(map.id())).containsExactly(sam.id());
        assertThat(app.maps.get(map.id()).content().personas()).extracting(Persona::name).containsExactly("Sam");
        assertThat(app.repository.findEmotion(stage.id(), JourneyState.CURRENT, pat.id())).isEmpty();
        assertThat(patFeels.personaId()).isEqualTo(pat.id());
    }

    @Test
    void update_personaIds_shouldRejectPersonasOfOtherSpaces() {
        JourneyMap map = app.newMap("Map");
        app.access.space("XS", Right.EDIT);
        Persona foreign = app.personas.create("XS", new NewPersona("Kim", null, null, null, null, null, null));

        assertThatThrownBy(() -> app.maps.update(map.id(), personas(map.version(), foreign.id())))
                .isInstanceOfSatisfying(InvalidFieldException.class,
                        e -> assertThat(e.field()).isEqualTo("personaIds"));
        assertThat(app.repository.personaIdsOfMap(map.id())).isEmpty();
    }

    @Test
    void delete_shouldRemoveTheMapWithEverythingOfIt() {
        JourneyMap map = app.newMap("Map");
        Stage stage = app.addStage(map.id(), "Discover");
        long lane = app.addLane(map.id(), "Actions", LaneType.ACTIONS).id();
        app.cards.add(map.id(), new NewCard(stage.id(), lane, "Search", null, null));

        app.maps.delete(map.id());

        assertThat(app.repository.findMap(map.id())).isEmpty();
        assertThat(app.repository.findStage(stage.id())).isEmpty();
        assertThat(app.repository.countCards(map.id())).isZero();
        assertThat(app.repository.changesOf(map.id())).isEmpty();
    }

    @Test
    void changesSince_shouldReturnTheLaterChangesAndTheRevisionNow() {
        JourneyMap map = app.newMap("Map");
        Stage stage = app.addStage(map.id(), "Discover");
        app.stages.update(map.id(), stage.id(), new StagePatch(stage.version(), "Explore", null));

        MapChanges changes = app.maps.changesSince(map.id(), 1);

        assertThat(changes.revision()).isEqualTo(3);
        assertThat(changes.changes()).extracting(MapChange::revision, MapChange::kind)
                .containsExactly(tuple(2L, ChangeKind.CREATED), tuple(3L, ChangeKind.UPDATED));
        assertThat(changes.more()).isFalse();
        assertThat(app.maps.changesSince(map.id(), 3).changes()).isEmpty();
    }

    @Test
    void changesSince_shouldSayTooOldWhenNeededChangesAreNoLongerKept() {
        JourneyMap map = app.newMap("Map");
        app.addStage(map.id(), "A");
        app.addStage(map.id(), "B");
        app.repository.pruneChangesUpTo(map.id(), 2);

        assertThatThrownBy(() -> app.maps.changesSince(map.id(), 1)).isInstanceOf(ChangesExpiredException.class);
        assertThat(app.maps.changesSince(map.id(), 2).changes()).hasSize(1);
    }

    @Test
    void changesSince_shouldRejectRevisionsOutsideTheMapsHistory() {
        JourneyMap map = app.newMap("Map");
        for (long since : new long[] {-1, 2}) {
            assertThatThrownBy(() -> app.maps.changesSince(map.id(), since))
                    .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("since"));
        }
    }

    @Test
    void changesSince_shouldCutLongFeedsShortAndSaySo() {
        JourneyMap map = app.newMap("Map");
        Stage stage = app.addStage(map.id(), "Discover");
        for (int i = 0; i < MapChanges.MAX_CHANGES; i++) {
            stage = app.stages.update(map.id(), stage.id(), new StagePatch(stage.version(), "Name " + i, null));
        }

        MapChanges first = app.maps.changesSince(map.id(), 0);
        MapChanges rest = app.maps.changesSince(map.id(), first.revision());

        assertThat(first.changes()).hasSize(MapChanges.MAX_CHANGES);
        assertThat(first.more()).isTrue();
        assertThat(first.revision()).isEqualTo(MapChanges.MAX_CHANGES);
        assertThat(rest.changes()).hasSize(2);
        assertThat(rest.more()).isFalse();
        assertThat(rest.revision()).isEqualTo(app.storedMap(map.id()).revision());
    }

    private static MapPatch titled(Long version, String title) {
        return new MapPatch(version, title, null, null, null, null, null);
    }

    private static MapPatch personas(long version, Long... ids) {
        return new MapPatch(version, null, null, null, List.of(ids), null, null);
    }
}
