package org.journeymaps.app.emotion;

import org.journeymaps.app.AppFixture;
import org.journeymaps.app.kernel.ConflictException;
import org.journeymaps.app.kernel.NotFoundException;
import org.journeymaps.app.map.MapPatch;
import org.journeymaps.app.persona.NewPersona;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.journeymaps.domain.map.ChangeKind;
import org.journeymaps.domain.kernel.ElementType;
import org.journeymaps.domain.emotion.EmotionPoint;
import org.journeymaps.domain.kernel.InvalidFieldException;
import org.journeymaps.domain.map.JourneyMap;
import org.journeymaps.domain.map.JourneyState;
import org.journeymaps.domain.persona.Persona;
import org.journeymaps.domain.structure.Stage;
import org.junit.jupiter.api.Test;

class EmotionServiceTest {
    private final AppFixture app = new AppFixture();
    private final JourneyMap map = app.newMap("Map");
    private final Stage stage = app.addStage(map.id(), "Discover");

    @Test
    void put_shouldCreateAPointPerCurveAndPersona() {
        Persona pat = linkedPersona("Pat");

        EmotionPoint general = put(JourneyState.CURRENT, null, -1, "meh", null);
        EmotionPoint future = put(JourneyState.FUTURE, null, 2, null, null);
        EmotionPoint pats = put(JourneyState.CURRENT, pat.id(), 1, null, null);

        assertThat(List.of(general, future, pats)).extracting(EmotionPoint::id).doesNotHaveDuplicates();
        assertThat(app.maps.get(map.id()).content().emotions()).containsExactlyInAnyOrder(general, future, pats);
    }

    @Test
    void put_withTheCurrentVersion_shouldReplaceScoreAndNote() {
        EmotionPoint point = put(JourneyState.CURRENT, null, -1, "meh", null);

        EmotionPoint replaced = put(JourneyState.CURRENT, null, 2, null, point.version());

        assertThat(replaced.id()).isEqualTo(point.id());
        assertThat(replaced.score()).isEqualTo(2);
        assertThat(replaced.note()).isNull();
        assertThat(replaced.version()).isEqualTo(point.version() + 1);
    }

    @Test
    void put_overAnExistingPointWithoutItsVersion_shouldConflictWithIt() {
        EmotionPoint bobs = put(JourneyState.CURRENT, null, -1, null, null);

        assertThatThrownBy(() -> put(JourneyState.CURRENT, null, 1, null, null))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.current()).isEqualTo(bobs));
        assertThatThrownBy(() -> put(JourneyState.CURRENT, null, 1, null, bobs.version() + 7))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.current()).isEqualTo(bobs));
    }

    @Test
    void put_withAVersionForAPointThatIsGone_shouldBeNotFound() {
        assertThatThrownBy(() -> put(JourneyState.CURRENT, null, 1, null, 3L))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.element()).isEqualTo("emotion"));
    }

    @Test
    void put_shouldValidateScoreCurveAndPersona() {
        Persona unlinked = app.personas.create(AppFixture.SPACE,
                new NewPersona("Kim", null, null, null, null, null, null));

        assertThatThrownBy(() -> put(JourneyState.CURRENT, null, 3, null, null))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("score"));
        assertThatThrownBy(() -> put(null, null, 1, null, null))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("curve"));
        assertThatThrownBy(() -> put(JourneyState.CURRENT, unlinked.id(), 1, null, null))
                .isInstanceOfSatisfying(InvalidFieldException.class,
                        e -> assertThat(e.field()).isEqualTo("personaId"));
    }

    @Test
    void put_onAStageOfAnotherMap_shouldBeNotFound() {
        Stage foreign = app.addStage(app.newMap("Other").id(), "Foreign");
        assertThatThrownBy(() -> app.emotions.put(map.id(), foreign.id(),
                new EmotionInput(JourneyState.CURRENT, null, 1, null, null)))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.element()).isEqualTo("stage"));
    }

    @Test
    void delete_withTheCurrentVersion_shouldRemoveOnlyThatPointAndLogTheChange() {
        Persona pat = linkedPersona("Pat");
        EmotionPoint general = put(JourneyState.CURRENT, null, -1, null, null);
        EmotionPoint pats = put(JourneyState.CURRENT, pat.id(), 1, null, null);
        long revision = app.storedMap(map.id()).revision();

        app.emotions.delete(map.id(), stage.id(), JourneyState.CURRENT, null, general.version());

        assertThat(app.maps.get(map.id()).content().emotions()).containsExactly(pats);
        assertThat(app.storedMap(map.id()).revision()).isEqualTo(revision + 1);
        assertThat(app.repository.changesSince(map.id(), revision, 10)).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(ChangeKind.DELETED);
            assertThat(change.elementType()).isEqualTo(ElementType.EMOTION);
            assertThat(change.elementId()).isEqualTo(general.id());
        });
    }

    @Test
    void delete_withAStaleVersion_shouldConflictAndKeepThePoint() {
        EmotionPoint point = put(JourneyState.CURRENT, null, -1, null, null);
        EmotionPoint newer = put(JourneyState.CURRENT, null, 2, null, point.version());

        assertThatThrownBy(() -> app.emotions.delete(map.id(), stage.id(), JourneyState.CURRENT, null, point.version()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.current()).isEqualTo(newer));
        assertThat(app.maps.get(map.id()).content().emotions()).containsExactly(newer);
    }

    @Test
    void delete_ofAMissingPointOrWithoutVersionOrCurve_shouldSayWhich() {
        assertThatThrownBy(() -> app.emotions.delete(map.id(), stage.id(), JourneyState.FUTURE, null, 1L))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.element()).isEqualTo("emotion"));
        put(JourneyState.CURRENT, null, 1, null, null);
        assertThatThrownBy(() -> app.emotions.delete(map.id(), stage.id(), JourneyState.CURRENT, null, null))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("version"));
        assertThatThrownBy(() -> app.emotions.delete(map.id(), stage.id(), null, null, 1L))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("curve"));
    }

    private EmotionPoint put(JourneyState curve, Long personaId, Integer score, String note, Long version) {
        return app.emotions.put(map.id(), stage.id(), new EmotionInput(curve, personaId, score, note, version));
    }

    private Persona linkedPersona(String name) {
        Persona persona = app.personas.create(AppFixture.SPACE, new NewPersona(name, null, null, null, null, null,
                null));
        JourneyMap current = app.storedMap(map.id());
        app.maps.update(map.id(), new MapPatch(current.version(), null, null, null, List.of(persona.id()), null, null));
        return persona;
    }
}
