package org.journeymaps.devhost.velocity;

import org.apache.velocity.runtime.parser.node.AbstractExecutor;
import org.apache.velocity.runtime.parser.node.BooleanPropertyExecutor;
import org.apache.velocity.runtime.parser.node.GetExecutor;
import org.apache.velocity.runtime.parser.node.MapGetExecutor;
import org.apache.velocity.runtime.parser.node.MapSetExecutor;
import org.apache.velocity.runtime.parser.node.PropertyExecutor;
import org.apache.velocity.runtime.parser.node.PutExecutor;
import org.apache.velocity.runtime.parser.node.SetExecutor;
import org.apache.velocity.runtime.parser.node.SetPropertyExecutor;
import org.apache.velocity.util.introspection.Info;
import org.apache.velocity.util.introspection.UberspectImpl;
import org.apache.velocity.util.introspection.VelMethod;
import org.apache.velocity.util.introspection.VelPropertyGet;
import org.apache.velocity.util.introspection.VelPropertySet;

import java.lang.reflect.Method;

/**
 * Velocity introspection that lets a template reach only allowlisted methods: method calls, property
 * reads ({@code $x.title} → {@code getTitle()}, {@code Map.get}) and property writes alike. Property
 * lookups follow {@link UberspectImpl}'s order so the same method is found, then checked.
 * The {@link MethodAllowlist} comes from the engine's application attribute {@link #ALLOWLIST}.
 */
public class AllowlistUberspect extends UberspectImpl {

    public static final String ALLOWLIST = MethodAllowlist.class.getName();

    private MethodAllowlist allowlist;

    @Override
    public void init() {
        super.init();
        allowlist = (MethodAllowlist) rsvc.getApplicationAttribute(ALLOWLIST);
        if (allowlist == null) {
            throw new IllegalStateException("Velocity engine lacks application attribute " + ALLOWLIST);
        }
    }

    @Override
    public VelMethod getMethod(Object obj, String methodName, Object[] args, Info info) {
        VelMethod method = super.getMethod(obj, methodName, args, info);
        if (method != null) {
            check(obj.getClass(), method.getMethod(), info);
        }
        return method;
    }

    @Override
    public VelPropertyGet getPropertyGet(Object obj, String identifier, Info info) {
        if (obj == null) {
            return null;
        }
        Class<?> type = obj.getClass();
        AbstractExecutor executor = new PropertyExecutor(log, introspector, type, identifier);
        if (!executor.isAlive()) {
            executor = new MapGetExecutor(log, obj, identifier);
        }
        if (!executor.isAlive()) {
            executor = new GetExecutor(log, introspector, type, identifier);
        }
        if (!executor.isAlive()) {
            executor = new BooleanPropertyExecutor(log, introspector, type, identifier);
        }
        if (!executor.isAlive()) {
            return null;
        }
        check(type, executor.getMethod(), info);
        return new VelGetterImpl(executor);
    }

    @Override
    public VelPropertySet getPropertySet(Object obj, String identifier, Object arg, Info info) {
        if (obj == null) {
            return null;
        }
        Class<?> type = obj.getClass();
        SetExecutor executor = new SetPropertyExecutor(log, introspector, type, identifier, arg);
        if (!executor.isAlive()) {
            executor = new MapSetExecutor(log, type, identifier);
        }
        if (!executor.isAlive()) {
            executor = new PutExecutor(log, introspector, type, arg, identifier);
        }
        if (!executor.isAlive()) {
            return null;
        }
        check(type, executor.getMethod(), info);
        return new VelSetterImpl(executor);
    }

    private void check(Class<?> receiverType, Method method, Info info) {
        if (!allowlist.allows(receiverType, method)) {
            throw new VelocityAllowlistException("Velocity method not allowlisted: "
                    + MethodAllowlist.signature(receiverType, method) + " in " + info
                    + " (add it to a <velocity-allowlist> module, for the app's own classes)");
        }
    }
}
