package org.journeymaps.devhost.ao;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.java.ao.DBParam;
import net.java.ao.RawEntity;

/** Writes entities and loads their lazy columns; makes the proxies; delegates queries to {@link EntityFinder}. */
final class EntityStore {
    private final EntityModels models;
    private final SqlRunner sql;
    private final EntityFinder finder;

    EntityStore(EntityModels models, SqlRunner sql) {
        this.models = models;
        this.sql = sql;
        this.finder = new EntityFinder(this, models, sql);
    }

    EntityFinder finder() {
        return finder;
    }

    /** A full entity for {@code key}, with {@code values} already loaded. */
    <T> T live(EntityModel model, Object key, Map<String, Object> values) {
        return proxy(model, new LiveEntityHandler(this, model, key, values));
    }

    <T> T readOnly(EntityModel model, Object key, Map<String, Object> values) {
        return proxy(model, new ReadOnlyEntityHandler(this, model, key, values));
    }

    /** The entity a foreign key points at; nothing is read until one of its getters is called. */
    Object entity(Class<? extends RawEntity<?>> type, Object key) {
        return live(models.of(type), key, new HashMap<>());
    }

    Object loadColumn(EntityModel model, Object key, FieldModel field) {
        String select = "SELECT " + AoNames.quote(field.column()) + " FROM " + AoNames.quote(model.table())
                + " WHERE " + AoNames.quote(model.primaryKey().column()) + " = ?";
        Object[] value = new Object[1];
        Class<?> keyType = models.referencedKeyType(field);
        sql.query(select, List.of(key), row -> value[0] = JdbcValues.read(row, 1, field, keyType));
        return value[0];
    }

    void update(EntityModel model, Object key, Map<String, Object> changes) {
        String assignments = changes.keySet().stream()
                .map(column -> AoNames.quote(column) + " = ?")
                .collect(Collectors.joining(", "));
        List<Object> params = new ArrayList<>(changes.values());
        params.add(key);
        sql.update("UPDATE " + AoNames.quote(model.table()) + " SET " + assignments
                + " WHERE " + AoNames.quote(model.primaryKey().column()) + " = ?", params);
    }

    Object related(EntityModel owner, Object key, Relation relation) {
        return finder.related(owner, key, relation);
    }

    <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params) {
        EntityModel model = models.of(type);
        Map<String, Object> row = CreateParams.validate(model, params);
        String table = AoNames.quote(model.table());
        String insert = row.isEmpty()
                ? "INSERT INTO " + table + " DEFAULT VALUES"
                : "INSERT INTO " + table + " (" + row.keySet().stream().map(AoNames::quote).collect(Collectors.joining(", "))
                        + ") VALUES (" + String.join(", ", Collections.nCopies(row.size(), "?")) + ")";
        FieldModel primaryKey = model.primaryKey();
        Object key;
        if (primaryKey.autoIncrement()) {
            Number generated = (Number) sql.insertReturningKey(insert, new ArrayList<>(row.values()), primaryKey.column());
            key = isLong(primaryKey) ? (Object) generated.longValue() : (Object) generated.intValue();
        } else {
            sql.update(insert, new ArrayList<>(row.values()));
            key = row.get(primaryKey.column());
        }
        // Like AO, the new entity caches nothing: its getters read the row back.
        return live(model, key, new HashMap<>());
    }

    int deleteWhere(Class<? extends RawEntity<?>> type, String criteria, Object... params) {
        EntityModel model = models.of(type);
        return sql.update("DELETE FROM " + AoNames.quote(model.table()) + SelectSql.where(model, criteria),
                params == null ? List.of() : Arrays.asList(params));
    }

    private static boolean isLong(FieldModel field) {
        return field.javaType() == long.class || field.javaType() == Long.class;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(EntityModel model, EntityHandler handler) {
        Class<?> type = model.type();
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
    }
}
