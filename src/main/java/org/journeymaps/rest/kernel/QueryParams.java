package org.journeymaps.rest.kernel;

import java.util.Arrays;
import org.journeymaps.domain.kernel.InvalidFieldException;

/**
 * Reads query parameters as text and names the parameter when it is not a number: JAX-RS would answer a
 * failed conversion with a bare 404.
 */
public final class QueryParams {

    private QueryParams() {
    }

    public static Long optionalLong(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(raw.trim());
        } catch (NumberFormatException e) {
            throw new InvalidFieldException(name, "must be a whole number");
        }
    }

    public static long requiredLong(String name, String raw) {
        Long value = optionalLong(name, raw);
        if (value == null) {
            throw new InvalidFieldException(name, "is required");
        }
        return value;
    }

    public static int intOrDefault(String name, String raw, int defaultValue) {
        Long value = optionalLong(name, raw);
        if (value == null) {
            return defaultValue;
        }
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw new InvalidFieldException(name, "is out of range");
        }
        return value.intValue();
    }

    public static Boolean optionalBoolean(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return switch (raw.trim()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidFieldException(name, "must be true or false");
        };
    }

    public static <E extends Enum<E>> E optionalEnum(String name, String raw, Class<E> type) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }
}
