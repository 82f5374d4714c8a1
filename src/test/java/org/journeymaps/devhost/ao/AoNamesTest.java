package org.journeymaps.devhost.ao;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class AoNamesTest {

    @Test
    void tablePrefix_matchesAtlassiansDocumentedExample() {
        // developer.atlassian.com "Table names": MyObject in com.atlassian.example.ao.myplugin → AO_28BE2D_MY_OBJECT
        assertThat(AoNames.tablePrefix("com.atlassian.example.ao.myplugin")).isEqualTo("AO_28BE2D_");
    }

    @Test
    void tablePrefix_isTheLastSixHexDigitsOfTheNamespaceMd5() throws Exception {
        String namespace = "org.journeymaps.journey-maps";
        String md5 = HexFormat.of().formatHex(
                MessageDigest.getInstance("MD5").digest(namespace.getBytes(StandardCharsets.UTF_8)));

        assertThat(AoNames.tablePrefix(namespace)).isEqualTo("AO_" + md5.substring(26).toUpperCase(Locale.ROOT) + "_");
    }

    @Test
    void upperUnderscore_splitsCamelCaseWordsOnly() {
        assertThat(AoNames.upperUnderscore("someAttribute")).isEqualTo("SOME_ATTRIBUTE");
        assertThat(AoNames.upperUnderscore("MapPersona")).isEqualTo("MAP_PERSONA");
        assertThat(AoNames.upperUnderscore("MapID")).isEqualTo("MAP_ID");
        assertThat(AoNames.upperUnderscore("MAP_ID")).isEqualTo("MAP_ID");
        assertThat(AoNames.upperUnderscore("position2Label")).isEqualTo("POSITION2_LABEL");
    }

    @Test
    void derivedName_keepsShortNamesAndHashesLongOnesToThirtyCharacters() {
        String longName = AoNames.derivedName("IX", "AO_98C45E_MAP_PERSONA", "PERSONA_ID");
        String otherLongName = AoNames.derivedName("IX", "AO_98C45E_MAP_PERSONA", "MAP_ID_X");

        assertThat(AoNames.derivedName("IX", "AO_1", "ID")).isEqualTo("IX_AO_1_ID");
        assertThat(longName).hasSize(AoNames.MAX_LENGTH).startsWith("IX_AO_98C45E_MAP_PE");
        assertThat(otherLongName).hasSize(AoNames.MAX_LENGTH).isNotEqualTo(longName);
    }
}
