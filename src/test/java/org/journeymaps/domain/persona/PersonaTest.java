package org.journeymaps.domain.persona;

import org.journeymaps.domain.kernel.InvalidFieldException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonaTest {
    @Test
    void create_shouldNormaliseFieldsAndLowerCaseTheColour() {
        Persona persona = Persona.create("DS", " Pat ", "Buyer", "\"Just works\"", "Save time\r\nSave money", "",
                null, "#A1B2C3");

        assertThat(persona.name()).isEqualTo("Pat");
        assertThat(persona.goals()).isEqualTo("Save time\nSave money");
        assertThat(persona.needs()).isNull();
        assertThat(persona.color()).isEqualTo("#a1b2c3");
    }

    @ParameterizedTest
    @ValueSource(strings = {"red", "#abc", "#abcdeg", "#1234567", "1a2b3c"})
    void create_shouldRejectColoursThatAreNotHexRgb(String color) {
        assertThatThrownBy(() -> Persona.create("DS", "Pat", null, null, null, null, null, color))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("color"));
    }

    @Test
    void edited_shouldKeepNullFieldsAndClearEmptyOnes() {
        Persona persona = Persona.create("DS", "Pat", "Buyer", null, null, null, null, "#000000");

        Persona edited = persona.edited(null, "", null, "Goals", null, null, "");

        assertThat(edited.name()).isEqualTo("Pat");
        assertThat(edited.role()).isNull();
        assertThat(edited.goals()).isEqualTo("Goals");
        assertThat(edited.color()).isNull();
        assertThatThrownBy(() -> persona.edited(" ", null, null, null, null, null, null))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("name"));
    }
}
