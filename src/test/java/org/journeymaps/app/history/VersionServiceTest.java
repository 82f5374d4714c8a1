package org.journeymaps.app.history;

import org.journeymaps.app.AppFixture;
import org.journeymaps.app.FakeAccessPolicy;
import org.journeymaps.app.emotion.EmotionInput;
import org.journeymaps.app.kernel.MapPermissions;
import org.journeymaps.app.kernel.NotFoundException;
import org.journeymaps.app.kernel.PermissionDeniedException;
import org.journeymaps.app.map.MapPatch;
import org.journeymaps.app.structure.CardPatch;
import org.journeymaps.app.structure.NewCard;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.List;
import org.journeymaps.app.FakeAccessPolicy.Right;
import org.journeymaps.domain.structure.Card;
import org.journeymaps.domain.map.ChangeKind;
import org.journeymaps.domain.kernel.ElementType;
import org.journeymaps.domain.emotion.EmotionPoint;
import org.journeymaps.domain.kernel.InvalidFieldException;
import org.journeymaps.domain.map.JourneyMap;
import org.journeymaps.domain.map.JourneyState;
import org.journeymaps.domain.structure.Lane;
import org.journeymaps.domain.structure.LaneType;
import org.journeymaps.domain.map.MapChange;
import org.journeymaps.domain.map.MapContent;
import org.journeymaps.domain.structure.Stage;
import org.journeymaps.domain.history.DiffKind;
import org.journeymaps.domain.history.ElementChange;
import org.journeymaps.domain.history.FieldChange;
import org.journeymaps.domain.history.MapVersion;
import org.journeymaps.domain.history.VersionKind;
import org.junit.jupiter.api.Test;

class VersionServiceTest {
    private final AppFixture app = new AppFixture();

    @Test
    void aWrite_shouldKeepTheMapAsItWasAsAnAutomaticVersionAtMostOncePerTenMinutes() {
        JourneyMap map = app.newMap("Achat");
        app.addStage(map.id(), "Découvrir");
        app.addStage(map.id(), "Acheter");
        app.clock.advance(Duration.ofMinutes(9));
        app.addStage(map.id(), "Payer");
        app.clock.advance(Duration.ofMinutes(1));
        app.addStage(map.id(), "Livrer");

        List<MapVersion> versions = app.versions.list(map.id(), 0, 10).results();
        assertThat(versions).extracting(MapVersion::number, MapVersion::kind, MapVersion::mapRevision)
                .containsExactly(tuple(2, VersionKind.AUTOMATIC, 4L), tuple(1, VersionKind.AUTOMATIC, 1L));
        assertThat(app.versions.open(map.id(), 1).content().stages()).isEmpty();
        assertThat(app.versions.open(map.id(), 2).content().stages()).extracting(Stage::name)
                .containsExactly("Découvrir", "Acheter", "Payer");
    }

    @Test
    void save_shouldSnapshotTheMapAsANamedVersionAndLogTheChange() {
        JourneyMap map = app.newMap("Achat");
        app.addStage(map.id(), "Découvrir");

        MapVersion saved = app.versions.save(map.id(), "  Atelier du 3 mai ");

        assertThat(saved).extracting(MapVersion::number, MapVersion::label, MapVersion::kind, MapVersion::authorKey,
                MapVersion::mapRevision).containsExactly(2, "Atelier du 3 mai", VersionKind.NAMED, "alice", 3L);
        assertThat(app.repository.changesOf(map.id())).last().extracting(MapChange::kind, MapChange::elementType,
                MapChange::elementId).containsExactly(ChangeKind.CREATED, ElementType.VERSION, 2L);
        assertThat(app.versions.open(map.id(), 2).content().stages()).extracting(Stage::name)
                .containsExactly("Découvrir");
        assertThat(app.versions.open(map.id(), 2).permissions()).isEqualTo(new MapPermissions(true, false, false, false));
    }

    @Test
    void save_withoutLabel_shouldBeRefusedNamingTheField() {
        JourneyMap map = app.newMap("Achat");

        assertThatThrownBy(() -> app.versions.save(map.id(), " "))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("label"));
    }

    @Test
    void viewers_shouldReadTheHistoryButNotSaveOrRestore() {
        JourneyMap map = app.newMap("Achat");
        app.versions.save(map.id(), "v1");
        app.access.page(AppFixture.PAGE, AppFixture.SPACE, Right.VIEW);

        assertThat(app.versions.list(map.id(), 0, 10).total()).isEqualTo(1);
        assertThat(app.versions.compare(map.id(), 1, null).changes()).isEmpty();
        assertThatThrownBy(() -> app.versions.save(map.id(), "v2")).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> app.versions.restore(map.id(), 1)).isInstanceOf(PermissionDeniedException.class);
        app.access.page(AppFixture.PAGE, AppFixture.SPACE, Right.NONE);
        assertThatThrownBy(() -> app.versions.list(map.id(), 0, 10)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void compare_shouldListWhatChangedBetweenAVersionAndTheMapNow() {
        JourneyMap map = app.newMap("Achat");
        Stage stage = app.addStage(map.id(), "Découvrir");
        Lane lane = app.addLane(map.id(), "Actions", LaneType.ACTIONS);
        Card card = app.cards.add(map.id(), new NewCard(stage.id(), lane.id(), "Cherche", null, null));
        app.versions.save(map.id(), "avant");
        app.cards.update(map.id(), card.id(), new CardPatch(card.version(), "Compare", null, null, null, null));

        VersionComparison comparison = app.versions.compare(map.id(), 2, null);

        assertThat(comparison.from().number()).isEqualTo(2);
        assertThat(comparison.to().number()).isNull();
        assertThat(comparison.to().revision()).isEqualTo(app.storedMap(map.id()).revision());
        assertThat(comparison.changes()).extracting(ElementChange::type, ElementChange::change, ElementChange::fields)
                .containsExactly(tuple(ElementType.CARD, DiffKind.CHANGED,
                        List.of(new FieldChange("text", "Cherche", "Compare"))));
        assertThatThrownBy(() -> app.versions.compare(map.id(), 9, null)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void restore_shouldRewriteTheMapAsANewRevisionKeepingIdsAndEveryVersion() {
        JourneyMap map = app.newMap("Achat");
        Stage discover = app.addStage(map.id(), "Découvrir");
        Stage pay = app.addStage(map.id(), "Payer");
        Lane lane = app.addLane(map.id(), "Actions", LaneType.ACTIONS);
        Card kept = app.cards.add(map.id(), new NewCard(discover.id(), lane.id(), "Cherche", null, null));
        Card deleted = app.cards.add(map.id(), new NewCard(pay.id(), lane.id(), "Paie", null, null));
        app.emotions.put(map.id(), discover.id(), new EmotionInput(JourneyState.CURRENT, null, 1, null, null));
        MapVersion saved = app.versions.save(map.id(), "atelier");
        MapContent atSave = app.versions.open(map.id(), saved.number()).content();
        // Then: a card edited, one deleted with its stage, one added, a point added, the title changed.
        app.cards.update(map.id(), kept.id(), new CardPatch(kept.version(), "Compare", null, null, null, null));
        app.stages.delete(map.id(), pay.id());
        app.cards.add(map.id(), new NewCard(discover.id(), lane.id(), "Nouvelle", null, null));
        Stage added = app.addStage(map.id(), "Livrer");
        app.emotions.put(map.id(), added.id(), new EmotionInput(JourneyState.CURRENT, null, -2, null, null));
        app.maps.update(map.id(), new MapPatch(app.storedMap(map.id()).version(), "Autre", null, null, null, null,
                null));
        long revisionBefore = app.storedMap(map.id()).revision();
        int versionsBefore = app.versions.list(map.id(), 0, 100).total();

        MapContent restored = app.versions.restore(map.id(), saved.number()).content();

        assertThat(restored.map().revision()).isEqualTo(revisionBefore + 1);
        assertThat(restored.map().title()).isEqualTo("Achat");
        // Matched by id, the re-created stage and card count as removed and added again; nothing kept differs.
        assertThat(app.versions.compare(map.id(), saved.number(), null).changes())
                .extracting(ElementChange::type, ElementChange::change, ElementChange::label)
                .containsExactlyInAnyOrder(tuple(ElementType.STAGE, DiffKind.ADDED, "Payer"),
                        tuple(ElementType.STAGE, DiffKind.REMOVED, "Payer"),
                        tuple(ElementType.CARD, DiffKind.ADDED, "Paie"),
                        tuple(ElementType.CARD, DiffKind.REMOVED, "Paie"));
        assertThat(restored.stages()).extracting(Stage::name).containsExactly("Découvrir", "Payer");
        assertThat(restored.stages().get(0).id()).isEqualTo(discover.id());
        assertThat(restored.stages().get(1).id()).isNotEqualTo(pay.id());
        assertThat(restored.cards()).extracting(Card::text).containsExactly("Cherche", "Paie");
        assertThat(restored.cards().get(0).id()).isEqualTo(kept.id());
        assertThat(restored.cards().get(1).id()).isNotEqualTo(deleted.id());
        assertThat(restored.emotions()).extracting(EmotionPoint::stageId, EmotionPoint::score)
                .containsExactly(tuple(discover.id(), 1));
        assertThat(restored.cards()).hasSameSizeAs(atSave.cards());
        // Nothing lost: the replaced state is the newest version, every older one is still there.
        List<MapVersion> versions = app.versions.list(map.id(), 0, 100).results();
        assertThat(versions).hasSize(versionsBefore + 1);
        assertThat(versions.get(0).kind()).isEqualTo(VersionKind.AUTOMATIC);
        assertThat(versions.get(0).mapRevision()).isEqualTo(revisionBefore);
        assertThat(app.versions.open(map.id(), versions.get(0).number()).content().map().title()).isEqualTo("Autre");
        assertThat(app.repository.changesOf(map.id())).last().extracting(MapChange::kind, MapChange::elementType)
                .containsExactly(ChangeKind.RESTORED, ElementType.VERSION);
    }

    @Test
    void restore_ofAMissingVersion_shouldBeNotFoundAndChangeNothing() {
        JourneyMap map = app.newMap("Achat");
        long revision = app.storedMap(map.id()).revision();

        assertThatThrownBy(() -> app.versions.restore(map.id(), 3)).isInstanceOf(NotFoundException.class);
        assertThat(app.storedMap(map.id()).revision()).isEqualTo(revision);
    }

    @Test
    void list_shouldPageNewestFirstAndCheckItsParameters() {
        JourneyMap map = app.newMap("Achat");
        app.versions.save(map.id(), "un");
        app.versions.save(map.id(), "deux");
        app.versions.save(map.id(), "trois");

        VersionPage page = app.versions.list(map.id(), 1, 1);
        assertThat(page.results()).extracting(MapVersion::label).containsExactly("deux");
        assertThat(page.total()).isEqualTo(3);
        assertThatThrownBy(() -> app.versions.list(map.id(), -1, 1))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("start"));
        assertThatThrownBy(() -> app.versions.list(map.id(), 0, 0))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("limit"));
    }
}
