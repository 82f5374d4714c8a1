package org.journeymaps.app.persona;

import org.journeymaps.app.AppFixture;
import org.journeymaps.app.FakeAccessPolicy;
import org.journeymaps.app.emotion.EmotionInput;
import org.journeymaps.app.kernel.AuthenticationRequiredException;
import org.journeymaps.app.kernel.ConflictException;
import org.journeymaps.app.kernel.NotFoundException;
import org.journeymaps.app.kernel.PermissionDeniedException;
import org.journeymaps.app.map.MapPatch;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.journeymaps.app.FakeAccessPolicy.Right;
import org.journeymaps.domain.map.ChangeKind;
import org.journeymaps.domain.kernel.ElementType;
import org.journeymaps.domain.kernel.InvalidFieldException;
import org.journeymaps.domain.map.JourneyMap;
import org.journeymaps.domain.map.JourneyState;
import org.journeymaps.domain.map.MapChange;
import org.journeymaps.domain.persona.Persona;
import org.journeymaps.domain.structure.Stage;
import org.junit.jupiter.api.Test;

class PersonaServiceTest {
    private static final NewPersona PAT = new NewPersona("Pat", "Buyer", null, "Save time", null, null, "#00AA00");
    private final AppFixture app = new AppFixture();

    @Test
    void create_shouldAddANormalisedPersonaToTheSpaceLibrary() {
        Persona pat = app.personas.create(AppFixture.SPACE, PAT);

        assertThat(pat.spaceKey()).isEqualTo(AppFixture.SPACE);
        assertThat(pat.color()).isEqualTo("#00aa00");
        assertThat(app.personas.list(AppFixture.SPACE)).containsExactly(pat);
        assertThat(app.personas.get(pat.id())).isEqualTo(pat);
    }

    @Test
    void readingShouldNeedSpaceView_andWritingSpaceEdit() {
        Persona pat = app.personas.create(AppFixture.SPACE, PAT);
        app.access.space(AppFixture.SPACE, Right.VIEW);

        assertThat(app.personas.get(pat.id())).isEqualTo(pat);
        assertThatThrownBy(() -> app.personas.create(AppFixture.SPACE, PAT))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> app.personas.update(pat.id(), new PersonaPatch(pat.version(), "Sam", null, null,
                null, null, null, null))).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> app.personas.delete(pat.id())).isInstanceOf(PermissionDeniedException.class);

        app.access.space(AppFixture.SPACE, Right.NONE);
        assertThatThrownBy(() -> app.personas.get(pat.id()))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.element()).isEqualTo("persona"));
        assertThatThrownBy(() -> app.personas.list(AppFixture.SPACE))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.element()).isEqualTo("space"));

        app.access.signOut();
        assertThatThrownBy(() -> app.personas.get(pat.id())).isInstanceOf(AuthenticationRequiredException.class);
        assertThatThrownBy(() -> app.personas.get(999)).isInstanceOf(AuthenticationRequiredException.class);
    }

    @Test
    void list_shouldRequireASpaceKey() {
        assertThatThrownBy(() -> app.personas.list(" "))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("spaceKey"));
    }

    @Test
    void update_shouldPatchWithVersion_andConflictWhenStale() {
        Persona pat = app.personas.create(AppFixture.SPACE, PAT);
        Persona renamed = app.personas.update(pat.id(), new PersonaPatch(pat.version(), "Patricia", "", null, null,
                null, null, null));

        assertThat(renamed.name()).isEqualTo("Patricia");
        assertThat(renamed.role()).isNull();
        assertThat(renamed.goals()).isEqualTo("Save time");
        assertThatThrownBy(() -> app.personas.update(pat.id(), new PersonaPatch(pat.version(), "Pattie", null, null,
                null, null, null, null)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.current()).isEqualTo(renamed));
    }

    @Test
    void update_shouldTellTheMapsShowingThePersona() {
        Persona pat = app.personas.create(AppFixture.SPACE, PAT);
        JourneyMap map = mapShowing(pat);
        long revision = app.storedMap(map.id()).revision();

        app.personas.update(pat.id(), new PersonaPatch(pat.version(), "Patricia", null, null, null, null, null, null));

        assertThat(app.storedMap(map.id()).revision()).isEqualTo(revision + 1);
        assertThat(app.repository.changesSince(map.id(), revision, 10)).containsExactly(new MapChange(map.id(),
                revision + 1, "alice", app.clock.last(), ChangeKind.UPDATED, ElementType.PERSONA, pat.id()));
    }

    @Test
    void delete_shouldUnlinkThePersonaAndItsEmotionPointsFromEveryMap() {
        Persona pat = app.personas.create(AppFixture.SPACE, PAT);
        JourneyMap map = mapShowing(pat);
        Stage stage = app.addStage(map.id(), "Discover");
        app.emotions.put(map.id(), stage.id(), new EmotionInput(JourneyState.CURRENT, pat.id(), 1, null, null));

        app.personas.delete(pat.id());

        assertThat(app.repository.findPersona(pat.id())).isEmpty();
        assertThat(app.repository.personaIdsOfMap(map.id())).isEmpty();
        assertThat(app.repository.findEmotion(stage.id(), JourneyState.CURRENT, pat.id())).isEmpty();
        List<MapChange> changes = app.repository.changesOf(map.id());
        assertThat(changes.get(changes.size() - 1).kind()).isEqualTo(ChangeKind.DELETED);
    }

    private JourneyMap mapShowing(Persona persona) {
        JourneyMap map = app.newMap("Map");
        return app.maps.update(map.id(), new MapPatch(map.version(), null, null, null, List.of(persona.id()), null,
                null));
    }
}
