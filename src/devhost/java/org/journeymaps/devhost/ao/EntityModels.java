package org.journeymaps.devhost.ao;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.java.ao.RawEntity;

/** The entity models of one Active Objects namespace, read once per entity interface. */
final class EntityModels {
    private final EntityModelReader reader;
    private final Map<Class<?>, EntityModel> models = new ConcurrentHashMap<>();

    EntityModels(String tablePrefix) {
        this.reader = new EntityModelReader(tablePrefix);
    }

    EntityModel of(Class<? extends RawEntity<?>> type) {
        EntityModel model = models.get(type);
        if (model == null) {
            // Not computeIfAbsent: reading is pure and may be repeated, and must not hold the map's lock.
            model = reader.read(type);
            models.putIfAbsent(type, model);
        }
        return model;
    }

    /** The Java type of the key stored in {@code field}'s column when it is a foreign key. */
    Class<?> referencedKeyType(FieldModel field) {
        return field.isReference() ? of(field.referencedType()).primaryKey().javaType() : null;
    }

    /** The given types plus every entity they reference through foreign keys, referenced ones first. */
    Set<EntityModel> withReferencedTypes(Iterable<Class<? extends RawEntity<?>>> types) {
        Set<EntityModel> ordered = new LinkedHashSet<>();
        for (Class<? extends RawEntity<?>> type : types) {
            addWithReferences(of(type), ordered, new LinkedHashSet<>());
        }
        return ordered;
    }

    private void addWithReferences(EntityModel model, Set<EntityModel> ordered, Set<EntityModel> visiting) {
        if (ordered.contains(model) || !visiting.add(model)) {
            return;
        }
        for (FieldModel field : model.fields()) {
            if (field.isReference()) {
                addWithReferences(of(field.referencedType()), ordered, visiting);
            }
        }
        ordered.add(model);
    }
}
