package org.journeymaps.devhost.ao;

import java.util.Date;

/** Column types and definitions in DDL, following AO's type mapping. */
final class ColumnDefinitions {
    private final Dialect dialect;
    private final EntityModels models;

    ColumnDefinitions(Dialect dialect, EntityModels models) {
        this.dialect = dialect;
        this.models = models;
    }

    /** {@code "NAME" TYPE [NOT NULL]}, or the dialect's auto-increment key. */
    String definition(FieldModel field) {
        String name = AoNames.quote(field.column());
        if (field.primaryKey() && field.autoIncrement()) {
            return name + " " + dialect.autoIncrementPrimaryKey(isLong(field.javaType()));
        }
        if (field.primaryKey()) {
            return name + " " + sqlType(field) + " NOT NULL PRIMARY KEY";
        }
        return name + " " + sqlType(field) + (field.notNull() ? " NOT NULL" : "");
    }

    private String sqlType(FieldModel field) {
        if (field.isReference()) {
            return sqlType(models.of(field.referencedType()).primaryKey());
        }
        Class<?> type = field.javaType();
        if (type == String.class) {
            return field.isUnlimitedText() ? dialect.unlimitedTextType() : "VARCHAR(" + field.stringLength() + ")";
        }
        if (type.isEnum()) {
            return "VARCHAR(" + FieldModel.DEFAULT_STRING_LENGTH + ")";
        }
        if (type == int.class || type == Integer.class) {
            return "INTEGER";
        }
        if (isLong(type)) {
            return "BIGINT";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "BOOLEAN";
        }
        if (type == double.class || type == Double.class) {
            return "DOUBLE PRECISION";
        }
        if (type == Date.class) {
            return "TIMESTAMP";
        }
        throw new IllegalStateException("No column type for " + field.describe());
    }

    private static boolean isLong(Class<?> type) {
        return type == long.class || type == Long.class;
    }
}
