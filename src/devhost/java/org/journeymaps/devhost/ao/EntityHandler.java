package org.journeymaps.devhost.ao;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Objects;
import net.java.ao.RawEntity;

/**
 * Behaviour shared by devhost's entity proxies: identity by table and key (as AO's {@code EntityProxy}),
 * the key getter, and turning stored values into what getters return.
 */
abstract class EntityHandler implements InvocationHandler {
    protected final EntityStore store;
    protected final EntityModel model;
    protected final Object key;
    /** Column → loaded value; a foreign key is held as the referenced key or, once read, its entity. */
    protected final Map<String, Object> values;

    EntityHandler(EntityStore store, EntityModel model, Object key, Map<String, Object> values) {
        this.store = store;
        this.model = model;
        this.key = key;
        this.values = values;
    }

    static boolean isEntity(Object value) {
        return value != null && Proxy.isProxyClass(value.getClass())
                && Proxy.getInvocationHandler(value) instanceof EntityHandler;
    }

    /** The handler behind a devhost entity; anything else is refused by name. */
    static EntityHandler of(Object entity) {
        if (!isEntity(entity)) {
            throw new IllegalArgumentException("Not an entity of this Active Objects: " + entity);
        }
        return (EntityHandler) Proxy.getInvocationHandler(entity);
    }

    static Object keyOf(Object entity) {
        return of(entity).key;
    }

    EntityModel model() {
        return model;
    }

    Object key() {
        return key;
    }

    @Override
    public final Object invoke(Object proxy, Method method, Object[] args) {
        Object[] arguments = args == null ? new Object[0] : args;
        if (method.getDeclaringClass() == Object.class) {
            return objectMethod(proxy, method, arguments);
        }
        FieldModel accessed = model.accessors().get(method);
        if (accessed != null && accessed.primaryKey()) {
            return key;
        }
        if (method.getDeclaringClass() == RawEntity.class && method.getName().equals("save")) {
            save();
            return null;
        }
        return entityMethod(method, arguments);
    }

    abstract void save();

    abstract Object entityMethod(Method method, Object[] args);

    /** What a getter returns for a stored value: entities for foreign keys, Java defaults for NULL primitives. */
    protected Object present(FieldModel field, Object stored) {
        if (stored == null) {
            return JdbcValues.defaultFor(field.javaType());
        }
        if (field.isReference() && !isEntity(stored)) {
            Object entity = store.entity(field.referencedType(), stored);
            values.put(field.column(), entity);
            return entity;
        }
        return stored;
    }

    protected IllegalArgumentException notHandled(Method method) {
        return new IllegalArgumentException("Cannot handle method " + method
                + ": it is not a getter, setter or relation of " + model.type().getSimpleName());
    }

    private Object objectMethod(Object proxy, Method method, Object[] args) {
        switch (method.getName()) {
            case "equals":
                return proxy == args[0] || isEntity(args[0]) && of(args[0]).model.table().equals(model.table())
                        && Objects.equals(of(args[0]).key, key);
            case "hashCode":
                return Objects.hash(model.table(), key);
            case "toString":
                return model.table() + " {" + model.primaryKey().column() + " = " + key + "}";
            default:
                throw new IllegalArgumentException("Unexpected Object method on an entity: " + method);
        }
    }
}
