package org.journeymaps.domain.kernel;

/** Checks of non-text input that name the offending field. */
public final class Require {
    private Require() {
    }

    public static <T> T present(String field, T value) {
        if (value == null) {
            throw new InvalidFieldException(field, "is required");
        }
        return value;
    }

    public static int inRange(String field, Integer value, int min, int max) {
        int checked = present(field, value);
        if (checked < min || checked > max) {
            throw new InvalidFieldException(field, "must be between " + min + " and " + max);
        }
        return checked;
    }
}
