package org.journeymaps.devhost.ao;

import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * An entity from get/find/create/relations: getters read loaded values or fetch their column once
 * (one SELECT per field, as AO's lazy loading), setters mark fields dirty, save() writes them in one UPDATE,
 * relation getters run one query per call.
 */
final class LiveEntityHandler extends EntityHandler {
    private final Set<String> dirty = new LinkedHashSet<>();

    LiveEntityHandler(EntityStore store, EntityModel model, Object key, Map<String, Object> values) {
        super(store, model, key, values);
    }

    @Override
    synchronized void save() {
        if (dirty.isEmpty()) {
            return;
        }
        Map<String, Object> changes = new LinkedHashMap<>();
        dirty.forEach(column -> changes.put(column, values.get(column)));
        store.update(model, key, changes);
        dirty.clear();
    }

    @Override
    synchronized Object entityMethod(Method method, Object[] args) {
        Relation relation = model.relations().get(method);
        if (relation != null) {
            return store.related(model, key, relation);
        }
        FieldModel getterOf = model.accessors().get(method);
        if (getterOf != null) {
            if (!values.containsKey(getterOf.column())) {
                values.put(getterOf.column(), store.loadColumn(model, key, getterOf));
            }
            return present(getterOf, values.get(getterOf.column()));
        }
        FieldModel setterOf = model.mutators().get(method);
        if (setterOf != null) {
            if (args[0] == null && setterOf.notNull()) {
                throw new IllegalArgumentException("Field '" + setterOf.column() + "' does not accept null values");
            }
            values.put(setterOf.column(), args[0]);
            dirty.add(setterOf.column());
            return null;
        }
        throw notHandled(method);
    }
}
