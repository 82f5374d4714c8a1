package org.journeymaps.devhost.ao;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.ManyToMany;
import net.java.ao.OneToMany;
import net.java.ao.Preload;
import net.java.ao.RawEntity;
import net.java.ao.schema.AutoIncrement;
import net.java.ao.schema.Ignore;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.PrimaryKey;
import net.java.ao.schema.StringLength;

/** Reads an entity interface into an {@link EntityModel} by AO's bean conventions, then checks AO's rules. */
final class EntityModelReader {
    private final String tablePrefix;

    EntityModelReader(String tablePrefix) {
        this.tablePrefix = tablePrefix;
    }

    EntityModel read(Class<? extends RawEntity<?>> type) {
        if (!type.isInterface()) {
            throw new InvalidEntityException(type.getName() + " must be an interface extending RawEntity");
        }
        Map<String, Method> getters = new LinkedHashMap<>();
        Map<String, Method> setters = new LinkedHashMap<>();
        Map<Method, Relation> relations = new LinkedHashMap<>();
        for (Method method : sortedMethods(type)) {
            if (isNotAField(method)) {
                continue;
            }
            Relation relation = relationOf(method);
            if (relation != null) {
                relations.put(method, relation);
            } else if (isGetter(method)) {
                putOnce(getters, columnOf(method, method.getReturnType()), method);
            } else if (isSetter(method)) {
                putOnce(setters, columnOf(method, method.getParameterTypes()[0]), method);
            } else {
                throw new InvalidEntityException(describe(method)
                        + " is neither a getter, a setter nor a relation; annotate it with @Ignore if it is not a column");
            }
        }
        Map<String, FieldModel> fields = new LinkedHashMap<>();
        getters.keySet().forEach(column -> fields.put(column, field(column, getters.get(column), setters.get(column))));
        setters.keySet().forEach(column -> fields.computeIfAbsent(column, c -> field(c, null, setters.get(c))));

        EntityModel model = new EntityModel(type, AoNames.tableName(tablePrefix, type), primaryKey(type, fields),
                fields, methodIndex(fields, true), methodIndex(fields, false), relations, preload(type));
        EntityRules.check(model);
        return model;
    }

    // Sorted so that columns come out in the same order on every JVM (getMethods() order is unspecified).
    private static List<Method> sortedMethods(Class<?> type) {
        return Arrays.stream(type.getMethods())
                .sorted((a, b) -> a.getName().compareTo(b.getName()))
                .toList();
    }

    private static boolean isNotAField(Method method) {
        if (Modifier.isStatic(method.getModifiers()) || method.getDeclaringClass() == RawEntity.class
                || method.isAnnotationPresent(Ignore.class)) {
            return true;
        }
        if (method.isDefault()) {
            throw new InvalidEntityException(describe(method) + " is a default method; entities are plain interfaces");
        }
        return false;
    }

    private static Relation relationOf(Method method) {
        OneToMany oneToMany = method.getAnnotation(OneToMany.class);
        ManyToMany manyToMany = method.getAnnotation(ManyToMany.class);
        if (oneToMany == null && manyToMany == null) {
            return null;
        }
        Class<?> returned = method.getReturnType();
        if (!returned.isArray() || !RawEntity.class.isAssignableFrom(returned.getComponentType())) {
            throw new InvalidEntityException(describe(method) + " must return an array of entities");
        }
        @SuppressWarnings("unchecked")
        Class<? extends RawEntity<?>> remote = (Class<? extends RawEntity<?>>) returned.getComponentType();
        if (oneToMany != null) {
            requireNamed(method, "reverse", oneToMany.reverse());
            return new Relation.OneToMany(remote, oneToMany.reverse(), oneToMany.where());
        }
        requireNamed(method, "reverse", manyToMany.reverse());
        requireNamed(method, "through", manyToMany.through());
        return new Relation.ManyToMany(manyToMany.value(), remote, manyToMany.reverse(), manyToMany.through(),
                manyToMany.where());
    }

    // AO deprecated guessing the relation's columns (AO-325); devhost insists on the explicit form.
    private static void requireNamed(Method method, String attribute, String value) {
        if (value.isEmpty()) {
            throw new InvalidEntityException(describe(method) + " must name its '" + attribute + "' getter");
        }
    }

    private static boolean isGetter(Method method) {
        String name = method.getName();
        if (method.getParameterCount() != 0 || method.getReturnType() == void.class) {
            return false;
        }
        boolean isBoolean = method.getReturnType() == boolean.class || method.getReturnType() == Boolean.class;
        return name.startsWith("get") && name.length() > 3 || name.startsWith("is") && name.length() > 2 && isBoolean;
    }

    private static boolean isSetter(Method method) {
        return method.getName().startsWith("set") && method.getName().length() > 3
                && method.getParameterCount() == 1 && method.getReturnType() == void.class;
    }

    private static String columnOf(Method method, Class<?> attributeType) {
        PrimaryKey primaryKey = method.getAnnotation(PrimaryKey.class);
        if (primaryKey != null && !primaryKey.value().isEmpty()) {
            return primaryKey.value();
        }
        String property = method.getName().substring(method.getName().startsWith("is") ? 2 : 3);
        // AO names a foreign key column after the property plus "ID": getMap → MAP_ID.
        return AoNames.upperUnderscore(RawEntity.class.isAssignableFrom(attributeType) ? property + "ID" : property);
    }

    private static void putOnce(Map<String, Method> methods, String column, Method method) {
        Method previous = methods.putIfAbsent(column, method);
        if (previous != null) {
            throw new InvalidEntityException(describe(previous) + " and " + describe(method) + " both map to column " + column);
        }
    }

    private static FieldModel field(String column, Method getter, Method setter) {
        Class<?> type = getter != null ? getter.getReturnType() : setter.getParameterTypes()[0];
        if (getter != null && setter != null && setter.getParameterTypes()[0] != type) {
            throw new InvalidEntityException(describe(setter) + " takes a different type than " + describe(getter) + " returns");
        }
        StringLength length = annotation(getter, setter, StringLength.class);
        return new FieldModel(column, type, getter, setter,
                annotation(getter, setter, PrimaryKey.class) != null,
                annotation(getter, setter, AutoIncrement.class) != null,
                annotation(getter, setter, NotNull.class) != null,
                annotation(getter, setter, Indexed.class) != null,
                length == null ? FieldModel.DEFAULT_STRING_LENGTH : length.value());
    }

    private static <A extends Annotation> A annotation(Method getter, Method setter, Class<A> type) {
        A onGetter = getter == null ? null : getter.getAnnotation(type);
        return onGetter != null || setter == null ? onGetter : setter.getAnnotation(type);
    }

    private static FieldModel primaryKey(Class<?> type, Map<String, FieldModel> fields) {
        List<FieldModel> keys = fields.values().stream().filter(FieldModel::primaryKey).toList();
        if (keys.size() != 1) {
            throw new InvalidEntityException(type.getSimpleName() + " must have exactly one @PrimaryKey, found " + keys.size());
        }
        return keys.get(0);
    }

    private static Map<Method, FieldModel> methodIndex(Map<String, FieldModel> fields, boolean accessors) {
        Map<Method, FieldModel> index = new LinkedHashMap<>();
        for (FieldModel field : fields.values()) {
            Method method = accessors ? field.getter() : field.setter();
            if (method != null) {
                index.put(method, field);
            }
        }
        return index;
    }

    // @Preload names go through the column name converter, as in AO: "title" → TITLE, "mapId" → MAP_ID.
    private static List<String> preload(Class<?> type) {
        Preload preload = type.getAnnotation(Preload.class);
        if (preload == null || Arrays.asList(preload.value()).contains("*")) {
            return null;
        }
        return Arrays.stream(preload.value()).map(String::trim).map(AoNames::upperUnderscore).toList();
    }

    private static String describe(Method method) {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName();
    }
}
