package org.journeymaps.devhost.ao;

import java.lang.reflect.Method;
import java.util.Map;

/**
 * An entity from {@code stream}: a snapshot of the selected columns only. Other getters return null (or the
 * primitive default) as in AO; setters, save() and relation getters throw.
 */
final class ReadOnlyEntityHandler extends EntityHandler {

    ReadOnlyEntityHandler(EntityStore store, EntityModel model, Object key, Map<String, Object> values) {
        super(store, model, key, values);
    }

    @Override
    void save() {
        throw readOnly("save()");
    }

    @Override
    Object entityMethod(Method method, Object[] args) {
        FieldModel getterOf = model.accessors().get(method);
        if (getterOf != null) {
            return present(getterOf, values.get(getterOf.column()));
        }
        if (model.mutators().containsKey(method)) {
            throw readOnly("setter " + method.getName());
        }
        if (model.relations().containsKey(method)) {
            throw readOnly("relation " + method.getName() + " (relations are not loaded on streamed entities)");
        }
        throw notHandled(method);
    }

    private UnsupportedOperationException readOnly(String what) {
        return new UnsupportedOperationException(
                what + " called on a read-only entity of type " + model.type().getSimpleName() + " from stream()");
    }
}
