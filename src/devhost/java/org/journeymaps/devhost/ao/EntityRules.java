package org.journeymaps.devhost.ao;

import java.util.Date;
import java.util.Locale;
import java.util.Set;
import net.java.ao.schema.StringLength;

/** The checks Active Objects makes before it touches the database; each failure names the entity and field. */
final class EntityRules {
    private static final Set<Class<?>> VALUE_TYPES = Set.of(String.class, int.class, Integer.class, long.class,
            Long.class, boolean.class, Boolean.class, double.class, Double.class, Date.class);

    private EntityRules() {
    }

    static void check(EntityModel model) {
        checkName("Table of " + model.type().getSimpleName(), model.table());
        for (FieldModel field : model.fields()) {
            checkName("Column of " + field.describe(), field.column());
            checkType(field);
            checkStringLength(field);
            if (field.autoIncrement() && !(field.primaryKey() && isIntegral(field.javaType()))) {
                throw new InvalidEntityException("@AutoIncrement is only for int or long primary keys: " + field.describe());
            }
        }
        if (model.preload() != null) {
            model.preload().forEach(column -> {
                if (!model.columnNames().contains(column)) {
                    throw new InvalidEntityException("@Preload of " + model.type().getSimpleName()
                            + " names unknown column " + column + " (columns: " + model.columnNames() + ")");
                }
            });
        }
    }

    private static void checkName(String what, String name) {
        if (name.length() > AoNames.MAX_LENGTH) {
            throw new InvalidEntityException(what + " is '" + name + "', " + name.length()
                    + " characters; Active Objects allows at most " + AoNames.MAX_LENGTH);
        }
        if (AoNames.RESERVED.contains(name.toUpperCase(Locale.ROOT))) {
            throw new InvalidEntityException(what + " is '" + name + "', a reserved word in Active Objects");
        }
    }

    private static void checkType(FieldModel field) {
        Class<?> type = field.javaType();
        if (!VALUE_TYPES.contains(type) && !type.isEnum() && !field.isReference()) {
            throw new InvalidEntityException("Unsupported type " + type.getName() + " for " + field.describe());
        }
    }

    private static void checkStringLength(FieldModel field) {
        int length = field.stringLength();
        boolean valid = length == StringLength.UNLIMITED || length > 0 && length <= StringLength.MAX_LENGTH;
        if (field.javaType() == String.class && !valid) {
            throw new InvalidEntityException("@StringLength must be <= " + StringLength.MAX_LENGTH
                    + " or UNLIMITED, got " + length + " on " + field.describe());
        }
    }

    private static boolean isIntegral(Class<?> type) {
        return type == int.class || type == Integer.class || type == long.class || type == Long.class;
    }
}
