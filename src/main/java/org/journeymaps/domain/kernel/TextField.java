package org.journeymaps.domain.kernel;

/**
 * How one text field is checked: its API name, maximum length, whether it may span lines, and whether it is
 * required (non-blank) or optional (blank becomes null).
 *
 * <p>Length counts UTF-16 code units ({@link String#length()}), the unit some supported databases use for column
 * sizes, so a value accepted here always fits its column.
 */
public record TextField(String name, int maxLength, boolean multiLine, boolean required) {

    public static TextField requiredLine(String name, int maxLength) {
        return new TextField(name, maxLength, false, true);
    }

    public static TextField optionalLine(String name, int maxLength) {
        return new TextField(name, maxLength, false, false);
    }

    public static TextField requiredText(String name, int maxLength) {
        return new TextField(name, maxLength, true, true);
    }

    public static TextField optionalText(String name, int maxLength) {
        return new TextField(name, maxLength, true, false);
    }

    /** The normalised value; null or blank gives null for an optional field and an error for a required one. */
    public String normalise(String raw) {
        String text = raw == null ? "" : Text.normalise(name, raw, multiLine);
        if (text.isEmpty()) {
            if (required) {
                throw new InvalidFieldException(name, "must not be blank");
            }
            return null;
        }
        if (text.length() > maxLength) {
            throw new InvalidFieldException(name, "must be at most " + maxLength + " characters");
        }
        return text;
    }

    /** Patch semantics: null keeps {@code current}; anything else (an empty string clears) is normalised. */
    public String patch(String current, String raw) {
        return raw == null ? current : normalise(raw);
    }
}
