package org.journeymaps.devhost.ao;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.Date;
import java.util.List;

/** Conversions between entity values and JDBC, the same way for every statement. */
final class JdbcValues {

    private JdbcValues() {
    }

    /** The value as JDBC takes it: entities by primary key, enums by name, dates as timestamps. */
    static Object toJdbc(Object value) {
        if (value == null) {
            return null;
        }
        if (EntityHandler.isEntity(value)) {
            return EntityHandler.keyOf(value);
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof Date date && !(value instanceof Timestamp)) {
            return new Timestamp(date.getTime());
        }
        return value;
    }

    static void bind(PreparedStatement statement, List<?> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            Object value = toJdbc(values.get(i));
            if (value == null) {
                statement.setNull(i + 1, Types.NULL);
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }

    /**
     * Reads column {@code index} as the Java type of {@code field}; a foreign key comes back as the referenced
     * entity's key (the proxy is made by the caller), SQL NULL as null.
     */
    static Object read(ResultSet row, int index, FieldModel field, Class<?> referencedKeyType) throws SQLException {
        Class<?> type = field.isReference() ? referencedKeyType : field.javaType();
        Object value = readAs(row, index, type);
        return row.wasNull() ? null : value;
    }

    private static Object readAs(ResultSet row, int index, Class<?> type) throws SQLException {
        if (type == String.class) {
            return row.getString(index);
        }
        if (type == int.class || type == Integer.class) {
            return row.getInt(index);
        }
        if (type == long.class || type == Long.class) {
            return row.getLong(index);
        }
        if (type == boolean.class || type == Boolean.class) {
            return row.getBoolean(index);
        }
        if (type == double.class || type == Double.class) {
            return row.getDouble(index);
        }
        if (type == Date.class) {
            Timestamp timestamp = row.getTimestamp(index);
            return timestamp == null ? null : new Date(timestamp.getTime());
        }
        if (type.isEnum()) {
            String name = row.getString(index);
            return name == null ? null : enumConstant(type, name);
        }
        throw new IllegalStateException("Unsupported column type " + type.getName());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumConstant(Class<?> type, String name) {
        return Enum.valueOf((Class) type, name);
    }

    /** Java's default for a primitive getter whose column is NULL (AO returns these too). */
    static Object defaultFor(Class<?> type) {
        if (type == int.class) {
            return 0;
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == double.class) {
            return 0.0d;
        }
        if (type == boolean.class) {
            return false;
        }
        return null;
    }
}
