package org.journeymaps.devhost.ao;

import java.lang.reflect.Method;
import net.java.ao.RawEntity;
import net.java.ao.schema.StringLength;

/**
 * One column of an entity table, read from the entity interface.
 *
 * @param getter       the accessor, or null for a write-only field
 * @param setter       the mutator, or null for a read-only field
 * @param stringLength the {@code @StringLength} of a String column ({@link StringLength#UNLIMITED} for CLOB/TEXT)
 */
record FieldModel(
        String column,
        Class<?> javaType,
        Method getter,
        Method setter,
        boolean primaryKey,
        boolean autoIncrement,
        boolean notNull,
        boolean indexed,
        int stringLength) {

    static final int DEFAULT_STRING_LENGTH = 255;

    /** A foreign key to another entity: the column holds that entity's primary key. */
    boolean isReference() {
        return RawEntity.class.isAssignableFrom(javaType);
    }

    @SuppressWarnings("unchecked")
    Class<? extends RawEntity<?>> referencedType() {
        return (Class<? extends RawEntity<?>>) javaType;
    }

    boolean isUnlimitedText() {
        return javaType == String.class && stringLength == StringLength.UNLIMITED;
    }

    /** AO's rule: a NOT NULL column must be given at create time unless generated (no {@code @Default} here). */
    boolean isRequired() {
        return notNull && !autoIncrement;
    }

    /** Where the field is declared, for error messages. */
    String describe() {
        Method method = getter != null ? getter : setter;
        return method.getDeclaringClass().getSimpleName() + "." + method.getName() + " (column " + column + ")";
    }
}
