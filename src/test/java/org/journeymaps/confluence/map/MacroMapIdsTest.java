package org.journeymaps.confluence.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MacroMapIdsTest {

    private static String macro(String name, String mapId) {
        return "<ac:structured-macro ac:name=\"" + name + "\" ac:schema-version=\"1\"><ac:parameter ac:name=\"lanes\">"
                + "ACTIONS</ac:parameter><ac:parameter ac:name=\"mapId\">" + mapId + "</ac:parameter></ac:structured-macro>";
    }

    @Test
    void rewrite_shouldPointEachJourneyMapMacroAtTheCopyOfItsMap() {
        String body = "<p>mapId 7</p>" + macro("journey-map", "7") + macro("journey-map", " 8 ") + macro("journey-map", "9");

        assertThat(MacroMapIds.rewrite(body, Map.of(7L, 70L, 8L, 80L)))
                .isEqualTo("<p>mapId 7</p>" + macro("journey-map", "70") + macro("journey-map", "80") + macro("journey-map", "9"));
    }

    @Test
    void rewrite_shouldLeaveOtherMacrosAndUnparsableIdsAlone() {
        String body = macro("other-macro", "7") + macro("journey-map", "99999999999999999999");

        assertThat(MacroMapIds.rewrite(body, Map.of(7L, 70L))).isEqualTo(body);
    }
}
