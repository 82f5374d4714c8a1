package org.journeymaps.devhost.ao;

import java.lang.reflect.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/** The reads: find, count, stream and relation getters, each one SELECT. */
final class EntityFinder {
    private final EntityStore store;
    private final EntityModels models;
    private final SqlRunner sql;

    EntityFinder(EntityStore store, EntityModels models, SqlRunner sql) {
        this.store = store;
        this.models = models;
        this.sql = sql;
    }

    <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        EntityModel model = models.of(type);
        QueryParts parts = QueryParts.of(query);
        List<FieldModel> columns = model.columnsLoadedOnFetch(parts.fields());
        List<T> found = new ArrayList<>();
        sql.query(SelectSql.select(model, columns, parts), parts.params(),
                row -> found.add(store.live(model, keyOf(row, columns), values(row, columns))));
        return toArray(type, found);
    }

    /** AO's get: one SELECT by primary key; null when there is no such row. */
    <T extends RawEntity<K>, K> T get(Class<T> type, K key) {
        EntityModel model = models.of(type);
        T[] found = find(type, Query.select().where(model.primaryKey().column() + " = ?", key));
        return found.length == 0 ? null : found[0];
    }

    int count(Class<? extends RawEntity<?>> type, Query query) {
        EntityModel model = models.of(type);
        QueryParts parts = QueryParts.of(query);
        int[] count = new int[1];
        sql.query(SelectSql.count(model, parts), parts.params(), row -> count[0] = row.getInt(1));
        return count[0];
    }

    <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> callback) {
        EntityModel model = models.of(type);
        QueryParts parts = QueryParts.of(query);
        List<FieldModel> columns = model.columnsSelectedBy(parts.fields());
        sql.query(SelectSql.select(model, columns, parts), parts.params(),
                row -> callback.onRowRead(store.readOnly(model, keyOf(row, columns), values(row, columns))));
    }

    Object related(EntityModel owner, Object key, Relation relation) {
        RelationPlan plan = RelationPlan.resolve(models, owner, relation);
        if (plan instanceof RelationPlan.OneToMany oneToMany) {
            EntityModel remote = oneToMany.remote();
            List<FieldModel> columns = remote.columnsLoadedOnFetch(List.of());
            String select = "SELECT " + SelectSql.columnList(columns, null) + " FROM " + AoNames.quote(remote.table())
                    + " WHERE " + AoNames.quote(oneToMany.reverse().column()) + " = ?"
                    + extraCondition(oneToMany.where(), remote, null);
            return loadRelated(remote, columns, select, key);
        }
        RelationPlan.ManyToMany manyToMany = (RelationPlan.ManyToMany) plan;
        EntityModel remote = manyToMany.remote();
        List<FieldModel> columns = remote.columnsLoadedOnFetch(List.of());
        String select = "SELECT " + SelectSql.columnList(columns, "r")
                + " FROM " + AoNames.quote(manyToMany.through().table()) + " t"
                + " INNER JOIN " + AoNames.quote(remote.table()) + " r"
                + " ON t." + AoNames.quote(manyToMany.via().column()) + " = r." + AoNames.quote(remote.primaryKey().column())
                + " WHERE t." + AoNames.quote(manyToMany.reverse().column()) + " = ?"
                + extraCondition(manyToMany.where(), manyToMany.through(), "t");
        return loadRelated(remote, columns, select, key);
    }

    private Object loadRelated(EntityModel remote, List<FieldModel> columns, String select, Object key) {
        List<Object> found = new ArrayList<>();
        sql.query(select, List.of(key), row -> found.add(store.live(remote, keyOf(row, columns), values(row, columns))));
        Object array = Array.newInstance(remote.type(), found.size());
        for (int i = 0; i < found.size(); i++) {
            Array.set(array, i, found.get(i));
        }
        return array;
    }

    private static String extraCondition(String where, EntityModel model, String qualifier) {
        return where.isBlank() ? "" : " AND (" + ClauseQuoter.quoteColumns(where, model.columnNames(), qualifier) + ")";
    }

    /** The selected columns of the current row; the key is always the first. */
    private Map<String, Object> values(ResultSet row, List<FieldModel> columns) throws SQLException {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            FieldModel field = columns.get(i);
            values.put(field.column(), JdbcValues.read(row, i + 1, field, models.referencedKeyType(field)));
        }
        return values;
    }

    private static Object keyOf(ResultSet row, List<FieldModel> columns) throws SQLException {
        return JdbcValues.read(row, 1, columns.get(0), null);
    }

    @SuppressWarnings("unchecked")
    private static <T> T[] toArray(Class<T> type, List<T> found) {
        return found.toArray((T[]) Array.newInstance(type, found.size()));
    }
}
