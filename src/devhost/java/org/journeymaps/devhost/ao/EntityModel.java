package org.journeymaps.devhost.ao;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.java.ao.RawEntity;

/**
 * Everything devhost knows about one entity interface: its table, columns, relations and preload list.
 *
 * @param preload the columns of {@code @Preload}, or null when every value column is loaded (no
 *                {@code @Preload}, or {@code @Preload("*")})
 */
record EntityModel(
        Class<? extends RawEntity<?>> type,
        String table,
        FieldModel primaryKey,
        Map<String, FieldModel> fieldsByColumn,
        Map<Method, FieldModel> accessors,
        Map<Method, FieldModel> mutators,
        Map<Method, Relation> relations,
        List<String> preload) {

    Collection<FieldModel> fields() {
        return fieldsByColumn.values();
    }

    Set<String> columnNames() {
        return fieldsByColumn.keySet();
    }

    /** The field stored in {@code column}; an unknown column is the caller's mistake. */
    FieldModel field(String column) {
        FieldModel field = fieldsByColumn.get(column);
        if (field == null) {
            throw new IllegalArgumentException(
                    "Entity " + type.getName() + " does not have field " + column + " (columns: " + columnNames() + ")");
        }
        return field;
    }

    /** The field read by the getter named {@code getterName} (as in {@code @OneToMany(reverse = "getMap")}). */
    FieldModel fieldOfGetter(String getterName) {
        return accessors.entrySet().stream()
                .filter(entry -> entry.getKey().getName().equals(getterName))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseThrow(() -> new InvalidEntityException(
                        type.getSimpleName() + " has no getter named '" + getterName + "'"));
    }

    /**
     * The columns a fetch loads, as AO 6 does: every value column (foreign keys excluded) unless
     * {@code @Preload} lists some, in which case those plus the query's own fields. The key always comes first.
     */
    List<FieldModel> columnsLoadedOnFetch(List<String> queryFields) {
        Set<FieldModel> loaded = new LinkedHashSet<>();
        loaded.add(primaryKey);
        if (preload == null) {
            fields().stream().filter(field -> !field.isReference()).forEach(loaded::add);
        } else {
            preload.forEach(column -> loaded.add(field(column)));
            queryFields.forEach(column -> loaded.add(field(column)));
        }
        return new ArrayList<>(loaded);
    }

    /** The key followed by exactly the query's fields: what a stream loads. */
    List<FieldModel> columnsSelectedBy(List<String> queryFields) {
        Set<FieldModel> selected = new LinkedHashSet<>();
        selected.add(primaryKey);
        queryFields.forEach(column -> selected.add(field(column)));
        return new ArrayList<>(selected);
    }
}
