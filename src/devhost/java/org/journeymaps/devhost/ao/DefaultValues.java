package org.journeymaps.devhost.ao;

import java.util.Locale;

/** Turns a {@code @Default} text into the SQL literal of the column's DEFAULT clause. */
final class DefaultValues {

    private DefaultValues() {
    }

    /** @throws IllegalArgumentException when the text does not fit the column type */
    static String sqlLiteral(FieldModel field) {
        String value = field.defaultValue();
        Class<?> type = field.javaType();
        if (type == String.class) {
            return "'" + value.replace("'", "''") + "'";
        }
        if (EntityRules.isIntegral(type)) {
            return Long.toString(Long.parseLong(value.trim()));
        }
        if (type == double.class || type == Double.class) {
            return Double.toString(Double.parseDouble(value.trim()));
        }
        if (type == boolean.class || type == Boolean.class) {
            return booleanLiteral(value.trim());
        }
        if (type.isEnum()) {
            return enumLiteral(type, value.trim());
        }
        throw new IllegalArgumentException("defaults are not supported for " + type.getSimpleName() + " columns");
    }

    private static String booleanLiteral(String value) {
        String upper = value.toUpperCase(Locale.ROOT);
        if (!upper.equals("TRUE") && !upper.equals("FALSE")) {
            throw new IllegalArgumentException("not a boolean");
        }
        return upper;
    }

    private static String enumLiteral(Class<?> type, String value) {
        for (Object constant : type.getEnumConstants()) {
            if (((Enum<?>) constant).name().equals(value)) {
                return "'" + value + "'";
            }
        }
        throw new IllegalArgumentException("not a constant of " + type.getSimpleName());
    }
}
