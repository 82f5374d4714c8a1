package org.journeymaps.domain.counterpart;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Text as compared across a current and a future map: accents dropped, lower case, runs of spaces and
 * punctuation turned into one space, trimmed. "Réserver  un vol !" and "reserver un vol" are the same.
 */
final class Normalised {
    private Normalised() {
    }

    static String of(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("[\\p{Punct}\\s]+", " ").trim();
    }
}
