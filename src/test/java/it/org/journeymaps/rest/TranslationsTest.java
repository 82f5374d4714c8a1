package it.org.journeymaps.rest;

import com.fasterxml.jackson.databind.JsonNode;
import it.org.journeymaps.support.ApiResponse;
import it.org.journeymaps.support.RunningDevHost;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /i18n}: the app's raw texts in the caller's language, privately cacheable. */
class TranslationsTest {

    @RegisterExtension
    static final RunningDevHost devhost = new RunningDevHost();

    @Test
    void aliceGetsTheFrenchPatternsAsWrittenInTheFile() {
        JsonNode texts = devhost.as("alice").get("/i18n").expect(200).json();
        assertThat(texts.path("journeymaps.lane.type.PAIN_POINTS").asText()).isEqualTo("Points de douleur");
        assertThat(texts.path("journeymaps.macro.error.badid").asText())
                .isEqualTo("L''identifiant de carte «\u202f{0}\u202f» n''est pas valide. Modifiez la macro et choisissez une carte.");
    }

    @Test
    void theAnswerNamesTheCallersLocaleForNumbersAndDates() {
        assertThat(devhost.as("alice").get("/i18n").expect(200).json().path("journeymaps.locale").asText()).isEqualTo("fr");
        assertThat(devhost.as("bob").get("/i18n").expect(200).json().path("journeymaps.locale").asText()).startsWith("en");
    }

    @Test
    void bobGetsEnglishWithTheSameKeys() {
        JsonNode english = devhost.as("bob").get("/i18n").expect(200).json();
        JsonNode french = devhost.as("alice").get("/i18n").expect(200).json();
        assertThat(english.path("journeymaps.lane.type.PAIN_POINTS").asText()).isEqualTo("Pain points");
        assertThat(keys(english)).isEqualTo(keys(french)).hasSizeGreaterThan(50)
                .allSatisfy(key -> assertThat(key).startsWith("journeymaps."));
    }

    @Test
    void theAnswerIsPrivatelyCacheableJson() {
        ApiResponse response = devhost.as("bob").get("/i18n").expect(200);
        assertThat(response.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(response.header("Cache-Control")).hasValue("private, max-age=600");
    }

    @Test
    void anAnonymousCallerMustSignIn() {
        devhost.anonymous().get("/i18n").expect(401);
    }

    private static List<String> keys(JsonNode object) {
        List<String> keys = new ArrayList<>();
        object.fieldNames().forEachRemaining(keys::add);
        return keys;
    }
}
