package org.journeymaps.domain.branding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.journeymaps.domain.kernel.InvalidFieldException;
import org.junit.jupiter.api.Test;

class PaletteTest {

    @Test
    void theDefaultIsAuisLookWithItsTextColours() {
        assertThat(Palette.DEFAULT.tokens()).containsExactly(
                java.util.Map.entry("--jm-brand", "#0052CC"), java.util.Map.entry("--jm-brand-text", "#FFFFFF"),
                java.util.Map.entry("--jm-phase-1", "#DEEBFF"), java.util.Map.entry("--jm-phase-1-text", "#172B4D"),
                java.util.Map.entry("--jm-phase-2", "#0065FF"), java.util.Map.entry("--jm-phase-2-text", "#FFFFFF"),
                java.util.Map.entry("--jm-phase-3", "#0747A6"), java.util.Map.entry("--jm-phase-3-text", "#FFFFFF"));
    }

    @Test
    void writesTheTokensAsAnInlineStyle() {
        Palette palette = Palette.parse("#aa0000", List.of("#ffeeee", "#cc3333", "#660000"));

        assertThat(palette.inlineStyle()).isEqualTo("--jm-brand: #AA0000; --jm-brand-text: #FFFFFF; "
                + "--jm-phase-1: #FFEEEE; --jm-phase-1-text: #172B4D; --jm-phase-2: #CC3333; "
                + "--jm-phase-2-text: #FFFFFF; --jm-phase-3: #660000; --jm-phase-3-text: #FFFFFF;");
    }

    @Test
    void namesTheWrongColour() {
        assertThatThrownBy(() -> Palette.parse("#AA0000", List.of("#FFEEEE", "pink", "#660000")))
                .isInstanceOfSatisfying(InvalidFieldException.class,
                        e -> assertThat(e.field()).isEqualTo("phaseColours[1]"));
        assertThatThrownBy(() -> Palette.parse(null, List.of("#FFEEEE", "#CC3333", "#660000")))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("brand"));
    }

    @Test
    void needsExactlyThreeBandColours() {
        for (List<String> wrong : Arrays.asList(null, List.of("#FFEEEE", "#CC3333"),
                List.of("#FFEEEE", "#CC3333", "#660000", "#000000"))) {
            assertThatThrownBy(() -> Palette.parse("#AA0000", wrong))
                    .isInstanceOfSatisfying(InvalidFieldException.class,
                            e -> assertThat(e.field()).isEqualTo("phaseColours"));
        }
    }
}
