package org.journeymaps.i18n;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The French texts read as French: translated (not left in English), with French typography, one word per
 * concept ("couloir" for a lane, never "ligne"), and counts that agree with their noun through a choice format.
 */
class FrenchStyleTest {

    /** French texts that are rightly the English word (true cognates, names, symbols). */
    private static final Set<String> SAME_IN_BOTH = Set.of("Actions", "Chat", "Compact", "Description", "E-mail",
            "Discussion", "Effort", "Image (PNG)", "Impact", "Logo", "Note", "Persona", "Personas", "Personas {0}/{1}", "Phase",
            "Version", "Versions", "Web", "Zoom", "+1 Positive", "\u2014");

    /** A text without a word (placeholders and punctuation only) reads the same in every language. */
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}", Pattern.UNICODE_CHARACTER_CLASS);

    /** ":" and ";" take a no-break space before them, "?" and "!" a narrow one, and « » a narrow one inside. */
    private static final Pattern BAD_PUNCTUATION =
            Pattern.compile("(?<!\u00a0)[:;]|(?<!\u202f)[?!]|«(?!\u202f)|(?<!\u202f)»");

    /** A number argument right before a counted noun (one adjective may sit between). */
    private static final Pattern BARE_COUNT = Pattern.compile("\\{\\d+}\\s+(?:\\p{L}+\\s+)?(?:"
            + "étapes?|couloirs?|cartes?|points?|fils|secondes?|tickets?|commentaires?|versions?|personas?|fois|"
            + "stages?|lanes?|cards?|pain points?|threads?|seconds?|issues?|comments?|maps?)\\b",
            Pattern.UNICODE_CHARACTER_CLASS);

    /** "Ligne" for a lane; the line of visibility of a service blueprint keeps its name. */
    private static final Pattern LIGNE = Pattern.compile("\\blignes?\\b(?! de visibilité)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Keys ending in .one / .other are the singular and plural a component chooses by count. */
    private static final Pattern PLURAL_KEY = Pattern.compile("\\.(one|other)$");

    @Test
    void everyFrenchTextIsTranslated() {
        Map<String, String> untranslated = new TreeMap<>(TranslationFiles.FRENCH);
        untranslated.entrySet().removeIf(text -> !text.getValue().equals(TranslationFiles.ENGLISH.get(text.getKey()))
                || SAME_IN_BOTH.contains(text.getValue()) || !WORD.matcher(text.getValue()).find());
        assertThat(untranslated).as("French texts left in English").isEmpty();
    }

    @Test
    void frenchPunctuationHasItsSpaces() {
        assertThat(offending(TranslationFiles.FRENCH, BAD_PUNCTUATION::matcher))
                .as("French texts with an ASCII space or no space before : ; ? ! or inside « » "
                        + "(write \\u00a0 before : ; and \\u202f before ? ! and inside « »)")
                .isEmpty();
    }

    @Test
    void countsAgreeWithTheirNounInBothLanguages() {
        assertThat(offending(withoutPluralKeys(TranslationFiles.FRENCH), text -> BARE_COUNT.matcher(TranslationFiles.withoutChoices(text))))
                .as("French counts without {n,choice,…}").isEmpty();
        assertThat(offending(withoutPluralKeys(TranslationFiles.ENGLISH), text -> BARE_COUNT.matcher(TranslationFiles.withoutChoices(text))))
                .as("English counts without {n,choice,…}").isEmpty();
    }

    @Test
    void aLaneIsACouloir() {
        assertThat(offending(TranslationFiles.FRENCH, LIGNE::matcher)).as("French texts saying « ligne »").isEmpty();
    }

    @Test
    void theChecksCatchWhatTheyLookFor() {
        Map<String, String> texts = Map.of(
                "colon", "Impact : {0}",
                "stuck", "Supprimer?",
                "quotes", "Carte « {0} »",
                "count", "{0} sur {1} points de douleur résolus",
                "lane", "Ajouter une ligne",
                "blueprint", "Ligne de visibilité",
                "fine", "Carte\u00a0«\u202f{0}\u202f»\u202f? {1,choice,0#{1} étape|2#{1} étapes}");
        assertThat(offending(texts, BAD_PUNCTUATION::matcher)).containsOnlyKeys("colon", "stuck", "quotes");
        assertThat(offending(texts, text -> BARE_COUNT.matcher(TranslationFiles.withoutChoices(text))))
                .containsOnlyKeys("count");
        assertThat(offending(texts, LIGNE::matcher)).containsOnlyKeys("lane");
    }

    private static Map<String, String> withoutPluralKeys(Map<String, String> texts) {
        Map<String, String> kept = new TreeMap<>(texts);
        kept.keySet().removeIf(key -> PLURAL_KEY.matcher(key).find());
        return kept;
    }

    private interface Finder {
        Matcher in(String text);
    }

    /** Each offending text with what offends in it. */
    private static Map<String, List<String>> offending(Map<String, String> texts, Finder finder) {
        Map<String, List<String>> found = new TreeMap<>();
        texts.forEach((key, text) -> {
            List<String> matches = finder.in(text).results().map(match -> "«" + around(text, match.start()) + "»").toList();
            if (!matches.isEmpty()) {
                found.put(key, matches);
            }
        });
        return found;
    }

    private static String around(String text, int at) {
        return text.substring(Math.max(0, at - 12), Math.min(text.length(), at + 12));
    }
}
