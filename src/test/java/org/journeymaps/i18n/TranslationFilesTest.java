package org.journeymaps.i18n;

import org.junit.jupiter.api.Test;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    /** Any argument, plain or with a format type ({@code {1,choice,…}}). */
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[,}]");
    private static final Map<String, String> ENGLISH = TranslationFiles.ENGLISH;
    private static final Map<String, String> FRENCH = TranslationFiles.FRENCH;

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

    @Test
    void theFormatCheckCatchesAChoiceThatFailsToFormat() {
        Map<String, String> texts = Map.of(
                "good", "{0,choice,0#aucune carte|1#une carte|1<{0} cartes}",
                "quote", "{0,choice,0#aucune|1<{0} cartes d''un coup}",
                "broken", "{0,choice,zero#aucune}");
        assertThat(misformatted(texts)).containsOnlyKeys("quote", "broken");
    }

    /**
     * Texts whose MessageFormat output is not the text with {@code ''} → {@code '} and each {@code {n}} → its value;
     * a text with choices must format for counts 0, 1, 2 and 1000 without a brace left in it, and write its
     * apostrophes in choices as ’.
     */
    private static Map<String, String> misformatted(Map<String, String> texts) {
        Map<String, String> wrong = new TreeMap<>();
        texts.forEach((key, pattern) -> {
            if (pattern.contains(",choice,")) {
                choiceProblem(pattern).ifPresent(problem -> wrong.put(key, problem));
                return;
            }
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

    private static Optional<String> choiceProblem(String pattern) {
        if (TranslationFiles.choices(pattern).stream().anyMatch(choice -> choice.contains("'"))) {
            // Java formats a chosen text holding {n} again, where ' starts a quotation: write ’ in choices.
            return Optional.of("has an ASCII apostrophe in a choice; write \u2019");
        }
        for (int count : new int[] {0, 1, 2, 1000}) {
            Object[] arguments = placeholders(pattern).stream().map(n -> count).toArray();
            try {
                String formatted = new MessageFormat(pattern).format(arguments);
                if (formatted.contains("{") || formatted.contains("}")) {
                    return Optional.of("formats as \"" + formatted + "\" for " + count);
                }
            } catch (IllegalArgumentException e) {
                return Optional.of("not a pattern: " + e.getMessage());
            }
        }
        return Optional.empty();
    }

    private static Set<Integer> placeholders(String pattern) {
        Set<Integer> numbers = new TreeSet<>();
        Matcher matcher = ARGUMENT.matcher(pattern);
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
}
