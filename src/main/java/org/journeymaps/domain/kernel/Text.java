package org.journeymaps.domain.kernel;

import java.text.Normalizer;

/**
 * The one normalisation every text input goes through: line breaks to {@code \n}, Unicode NFC, trimmed, and
 * no control characters ({@code \n} and {@code \t} are allowed in multi-line fields only).
 */
public final class Text {
    private Text() {
    }

    /** Returns the normalised text, possibly empty; {@code raw} must not be null. */
    public static String normalise(String field, String raw, boolean multiLine) {
        String text = trimmed(Normalizer.normalize(raw.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC));
        requireAllowedCharacters(field, text, multiLine);
        return text;
    }

    /** Like {@link String#strip()}, but also drops no-break spaces, which pasted text often carries. */
    private static String trimmed(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isBlank(text.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static void requireAllowedCharacters(String field, String text, boolean multiLine) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && !(multiLine && (c == '\n' || c == '\t'))) {
                throw new InvalidFieldException(field, "must not contain control characters");
            }
            // A lone surrogate cannot be stored as UTF-8 by the database, so it is refused here.
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new InvalidFieldException(field, "must not contain unpaired surrogate characters");
            }
        }
    }
}
