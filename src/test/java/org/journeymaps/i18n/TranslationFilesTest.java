package org.journeymaps.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The i18n files (English and French) hold the same keys with the same placeholders, and every text is a
 * MessageFormat pattern whose apostrophes are doubled: Confluence formats every text, with or without arguments,
 * so a single {@code '} would swallow the text after it.
 */
class TranslationFilesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    private static final Map<String, String> ENGLISH = load("/i18n/journeymaps.properties");
    private static final Map<String, String> FRENCH = load("/i18n/journeymaps_fr.properties");

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(missingIn(FRENCH, ENGLISH)).as("keys missing in journeymaps_fr.properties").isEmpty();
        assertThat(missingIn(ENGLISH, FRENCH)).as("keys missing in journeymaps.properties").isEmpty();
    }

    @Test
    void bothLanguagesUseTheSamePlaceholdersPerKey() {
        List<String> different = new ArrayList<>();
        ENGLISH.forEach((key, english) -> {
            if (FRENCH.containsKey(key) && !placeholders(english).equals(placeholders(FRENCH.get(key)))) {
                different.add(key);
            }
        });
        assertThat(different).as("keys whose placeholders differ between languages").isEmpty();
    }

    @Test
    void everyTextFormatsAsWritten() {
        assertThat(misformatted(ENGLISH)).as("journeymaps.properties").isEmpty();
        assertThat(misformatted(FRENCH)).as("journeymaps_fr.properties").isEmpty();
    }

    @Test
    void theFormatCheckCatchesASingleApostrophe() {
        Map<String, String> texts = Map.of(
                "with.argument", "L'identifiant « {0} »",
                "without.argument", "Aucune carte n'est choisie",
                "doubled", "L''identifiant « {0} » n''est pas valide");
        assertThat(misformatted(texts)).containsOnlyKeys("with.argument", "without.argument");
    }

    /** Texts whose MessageFormat output is not the text with {@code ''} → {@code '} and each {@code {n}} → its value. */
    private static Map<String, String> misformatted(Map<String, String> texts) {
        Map<String, String> wrong = new TreeMap<>();
        texts.forEach((key, pattern) -> {
            Object[] arguments = placeholders(pattern).stream().map(n -> "<" + n + ">").toArray();
            String expected = PLACEHOLDER.matcher(pattern.replace("''", "'")).replaceAll("<$1>");
            String formatted;
            try {
                formatted = new MessageFormat(pattern).format(arguments);
            } catch (IllegalArgumentException e) {
                formatted = "not a pattern: " + e.getMessage();
            }
            if (!formatted.equals(expected)) {
                wrong.put(key, "formats as \"" + formatted + "\"");
            }
        });
        return wrong;
    }

    private static Set<Integer> placeholders(String pattern) {
        Set<Integer> numbers = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(pattern);
        while (matcher.find()) {
            numbers.add(Integer.parseInt(matcher.group(1)));
        }
        return numbers;
    }

    private static Set<String> missingIn(Map<String, String> texts, Map<String, String> reference) {
        Set<String> missing = new TreeSet<>(reference.keySet());
        missing.removeAll(texts.keySet());
        return missing;
    }

    private static Map<String, String> load(String resource) {
        try (InputStream in = TranslationFilesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> texts = new TreeMap<>();
            properties.forEach((key, value) -> texts.put((String) key, (String) value));
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }
}
