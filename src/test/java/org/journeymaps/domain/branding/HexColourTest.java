package org.journeymaps.domain.branding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.journeymaps.domain.kernel.InvalidFieldException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class HexColourTest {

    @Test
    void parsesEitherCaseAndWritesUpperCase() {
        assertThat(HexColour.parse("brand", " #0052cc ").hex()).isEqualTo("#0052CC");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0052CC", "#0052C", "#0052CCC", "#GG0000", "red", "#fff", "url(x)"})
    void refusesAnythingButHashAndSixHexDigitsNamingTheField(String raw) {
        assertThatThrownBy(() -> HexColour.parse("phaseColours[1]", raw))
                .isInstanceOfSatisfying(InvalidFieldException.class,
                        e -> assertThat(e.field()).isEqualTo("phaseColours[1]"));
    }

    @Test
    void contrastFollowsWcag() {
        assertThat(HexColour.WHITE.contrastWith(new HexColour("#000000"))).isCloseTo(21.0, within(0.01));
        assertThat(new HexColour("#777777").contrastWith(HexColour.WHITE)).isCloseTo(4.48, within(0.01));
        assertThat(new HexColour("#0052CC").contrastWith(HexColour.WHITE)).isCloseTo(6.82, within(0.01));
    }

    @ParameterizedTest
    @CsvSource({
        "#0052CC, #FFFFFF", "#0747A6, #FFFFFF", "#0065FF, #FFFFFF", "#767676, #FFFFFF",
        "#DEEBFF, #172B4D", "#FFFF00, #172B4D", "#FFFFFF, #172B4D", "#B3D4FF, #172B4D"
    })
    void picksTheTextColourThatContrastsMoreAndItReaches4Point5To1(String colour, String text) {
        HexColour background = new HexColour(colour);

        assertThat(background.readableText().hex()).isEqualTo(text);
        assertThat(background.contrastWith(background.readableText()))
                .isGreaterThanOrEqualTo(HexColour.READABLE_CONTRAST);
    }

    @Test
    void aMidToneKeepsTheBetterOfTwoWeakContrastsAndIsFlaggedAsTooLightForWhiteText() {
        HexColour grey = new HexColour("#777777"); // 4.48:1 with white, 3.15:1 with the dark text

        assertThat(grey.readableText()).isEqualTo(HexColour.WHITE);
        assertThat(grey.takesWhiteText()).isFalse();
        assertThat(new HexColour("#767676").takesWhiteText()).isTrue();
    }
}
