package org.journeymaps.ao.emotion;

import org.journeymaps.ao.AoRepositoryTest;
import static org.assertj.core.api.Assertions.assertThat;

import org.journeymaps.domain.emotion.EmotionPoint;
import org.journeymaps.domain.map.JourneyMap;
import org.journeymaps.domain.map.JourneyState;
import org.journeymaps.domain.persona.Persona;
import org.journeymaps.domain.structure.Stage;
import org.junit.jupiter.api.Test;
import static org.journeymaps.testdata.EmotionPointBuilder.anEmotionPoint;

class EmotionAndPersonaRowsTest extends AoRepositoryTest {

    @Test
    void findEmotion_tellsThePointWithoutPersonaFromEachPersonasAndEachCurve() {
        JourneyMap map = newMap(100, "Achat");
        Stage stage = newStage(map.id(), "Découvrir", 0);
        Persona camille = newPersona(SPACE, "Camille");
        EmotionPoint general = insert(EmotionPoint.create(map.id(), stage.id(), null, JourneyState.CURRENT, 1, "Bien"));
        EmotionPoint forCamille = insert(EmotionPoint.create(map.id(), stage.id(), camille.id(), JourneyState.CURRENT,
                -2, null));
        EmotionPoint future = insert(EmotionPoint.create(map.id(), stage.id(), null, JourneyState.FUTURE, 2, null));

        assertThat(repository.findEmotion(stage.id(), JourneyState.CURRENT, null)).contains(general);
        assertThat(repository.findEmotion(stage.id(), JourneyState.CURRENT, camille.id())).contains(forCamille);
        assertThat(repository.findEmotion(stage.id(), JourneyState.FUTURE, null)).contains(future);
        assertThat(repository.findEmotion(stage.id(), JourneyState.FUTURE, camille.id())).isEmpty();
    }

    @Test
    void updateEmotion_writesEveryFieldOfThePoint() {
        JourneyMap map = newMap(100, "Achat");
        Stage stage = newStage(map.id(), "Découvrir", 0);
        Stage other = newStage(map.id(), "Choisir", 1);
        Persona camille = newPersona(SPACE, "Camille");
        EmotionPoint point = insert(EmotionPoint.create(map.id(), stage.id(), null, JourneyState.CURRENT, 1, "Bien"));
        EmotionPoint edited = anEmotionPoint().withId(point.id()).onMap(map.id()).atStage(other.id())
                .ofPersona(camille.id()).onCurve(JourneyState.FUTURE).scoring(-1).atVersion(3).build();

        inTransaction(() -> repository.updateEmotion(edited));

        assertThat(repository.findEmotion(other.id(), JourneyState.FUTURE, camille.id())).contains(edited);
        assertThat(repository.findEmotion(stage.id(), JourneyState.CURRENT, null)).isEmpty();
    }

    @Test
    void deleteEmotionsOfPersona_removesThatPersonasPointsOnThatMapOnly() {
        JourneyMap map = newMap(100, "Achat");
        JourneyMap otherMap = newMap(101, "Retour");
        Stage stage = newStage(map.id(), "Découvrir", 0);
        Stage otherStage = newStage(otherMap.id(), "Rapporter", 0);
        Persona camille = newPersona(SPACE, "Camille");
        insert(EmotionPoint.create(map.id(), stage.id(), camille.id(), JourneyState.CURRENT, 1, null));
        EmotionPoint general = insert(EmotionPoint.create(map.id(), stage.id(), null, JourneyState.CURRENT, 0, null));
        EmotionPoint elsewhere = insert(EmotionPoint.create(otherMap.id(), otherStage.id(), camille.id(),
                JourneyState.CURRENT, 2, null));

        inTransaction(() -> repository.deleteEmotionsOfPersona(map.id(), camille.id()));

        assertThat(repository.findEmotion(stage.id(), JourneyState.CURRENT, camille.id())).isEmpty();
        assertThat(repository.findEmotion(stage.id(), JourneyState.CURRENT, null)).contains(general);
        assertThat(repository.findEmotion(otherStage.id(), JourneyState.CURRENT, camille.id())).contains(elsewhere);
    }

    @Test
    void personasAreStoredFoundUpdatedAndListedBySpaceAndName() {
        Persona draft = Persona.create(SPACE, "Dominique", "Acheteuse", "« Vite ! »", "Gagner du temps",
                "Un suivi clair", "Les relances", "#1A2B3C");
        Persona dominique = inTransaction(() -> draft.withId(repository.insertPersona(draft)));
        Persona camille = newPersona(SPACE, "Camille");
        newPersona("OT", "Alex");

        assertThat(repository.findPersona(dominique.id())).contains(dominique);
        assertThat(repository.personasOfSpace(SPACE)).containsExactly(camille, dominique);

        Persona edited = dominique.edited("Dominique B.", "", null, null, null, null, "#ffffff").nextVersion();
        inTransaction(() -> repository.updatePersona(edited));
        assertThat(repository.findPersona(dominique.id())).contains(edited);
        assertThat(edited.role()).isNull();
    }

    @Test
    void personaLinksAreReadFromBothSidesInIdOrderAndRemovedOneByOne() {
        JourneyMap achat = newMap(100, "Achat");
        JourneyMap retour = newMap(101, "Retour");
        Persona camille = newPersona(SPACE, "Camille");
        Persona dominique = newPersona(SPACE, "Dominique");
        inTransaction(() -> {
            repository.linkPersona(retour.id(), camille.id());
            repository.linkPersona(achat.id(), dominique.id());
            repository.linkPersona(achat.id(), camille.id());
        });

        assertThat(repository.personaIdsOfMap(achat.id())).containsExactly(camille.id(), dominique.id());
        assertThat(repository.mapIdsOfPersona(camille.id())).containsExactly(achat.id(), retour.id());
        assertThat(repository.personaIdsOfMap(4_242)).isEmpty();
        assertThat(repository.mapIdsOfPersona(4_242)).isEmpty();

        inTransaction(() -> repository.unlinkPersona(achat.id(), camille.id()));

        assertThat(repository.personaIdsOfMap(achat.id())).containsExactly(dominique.id());
        assertThat(repository.mapIdsOfPersona(camille.id())).containsExactly(retour.id());
    }

    @Test
    void deletePersona_removesThePersona() {
        Persona camille = newPersona(SPACE, "Camille");
        Persona kept = newPersona(SPACE, "Dominique");

        inTransaction(() -> repository.deletePersona(camille.id()));

        assertThat(repository.findPersona(camille.id())).isEmpty();
        assertThat(repository.personasOfSpace(SPACE)).containsExactly(kept);
    }

    private EmotionPoint insert(EmotionPoint point) {
        return inTransaction(() -> point.withId(repository.insertEmotion(point)));
    }
}
