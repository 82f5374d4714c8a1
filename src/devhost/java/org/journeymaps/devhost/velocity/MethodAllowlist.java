package org.journeymaps.devhost.velocity;

import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Confluence's Velocity method allowlist (Confluence 9+): a template may call a method only if it, or a
 * method it overrides, is listed as {@code pkg.Class#method(param.Type, ...)}. The list is a small global
 * part plus the app's {@code <velocity-allowlist>} entries, which may only name the app's own classes and
 * must name methods that exist (a typo would otherwise surface as a refused call at render time).
 */
public final class MethodAllowlist {

    /**
     * Confluence ships "a global method allowlist which contains appropriate JDK and Atlassian class
     * methods" (developer.atlassian.com/server/framework/atlassian-sdk/configuring-the-velocity-allowlist/);
     * its content is not public, so no JDK method (not even {@code List#size()} or {@code Collection#isEmpty()})
     * is taken for granted: a template calling one is refused here, and the app's templates ask their own,
     * allowlisted view methods instead. Only the {@code $i18n} helper of Atlassian's template renderer is kept.
     */
    static final List<String> GLOBAL = List.of(
            "com.atlassian.sal.api.message.I18nResolver#getText(java.lang.String)",
            "com.atlassian.sal.api.message.I18nResolver#getText(java.lang.String, java.io.Serializable[])");

    private static final Pattern ENTRY = Pattern.compile("([\\w.$]+)#(\\w+)\\(([^)]*)\\)");

    private final Set<String> allowed;
    private final Map<Call, Boolean> decisions = new ConcurrentHashMap<>();

    private MethodAllowlist(Set<String> allowed) {
        this.allowed = allowed;
    }

    /** The global list plus the app's entries, each checked against the app's classes. */
    public static MethodAllowlist forApp(List<String> appEntries, ClassLoader loader, Predicate<Class<?>> isAppClass) {
        Set<String> all = new LinkedHashSet<>(GLOBAL);
        for (String entry : appEntries) {
            all.add(resolve(entry.trim(), loader, isAppClass));
        }
        return new MethodAllowlist(all);
    }

    /** Whether a template may call the method on an object of the receiver type. */
    public boolean allows(Class<?> receiverType, Method method) {
        // Templates call the same few methods thousands of times per render: decide once per pair.
        return decisions.computeIfAbsent(new Call(receiverType, method),
                call -> candidates(receiverType, method).stream().anyMatch(allowed::contains));
    }

    private record Call(Class<?> receiverType, Method method) {
    }

    /** How the method, called on the type, is written in an allowlist entry. */
    public static String signature(Class<?> type, Method method) {
        return type.getName() + "#" + method.getName() + "("
                + Arrays.stream(method.getParameterTypes()).map(Class::getTypeName).collect(Collectors.joining(", "))
                + ")";
    }

    /** The method as an entry on the receiver type and on every supertype that has it. */
    private static Set<String> candidates(Class<?> receiverType, Method method) {
        Set<String> signatures = new LinkedHashSet<>();
        Set<Class<?>> seen = new HashSet<>();
        Deque<Class<?>> types = new ArrayDeque<>(List.of(receiverType));
        while (!types.isEmpty()) {
            Class<?> type = types.pop();
            if (!seen.add(type)) {
                continue;
            }
            if (hasPublicMethod(type, method)) {
                signatures.add(signature(type, method));
            }
            if (type.getSuperclass() != null) {
                types.push(type.getSuperclass());
            }
            types.addAll(List.of(type.getInterfaces()));
        }
        return signatures;
    }

    private static boolean hasPublicMethod(Class<?> type, Method method) {
        try {
            type.getMethod(method.getName(), method.getParameterTypes());
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /** The entry, checked and written in canonical form. */
    private static String resolve(String entry, ClassLoader loader, Predicate<Class<?>> isAppClass) {
        Matcher matcher = ENTRY.matcher(entry);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("velocity-allowlist: '" + entry
                    + "' is not of the form pkg.Class#method(param.Type, ...)");
        }
        Class<?> type = load(matcher.group(1), loader, entry);
        if (!isAppClass.test(type)) {
            throw new IllegalArgumentException("velocity-allowlist: '" + entry
                    + "' names a class outside the app; an app may only allowlist its own classes");
        }
        String params = matcher.group(3).trim();
        Class<?>[] parameterTypes = params.isEmpty() ? new Class<?>[0]
                : Arrays.stream(params.split(",")).map(p -> load(p.trim(), loader, entry)).toArray(Class<?>[]::new);
        try {
            return signature(type, type.getMethod(matcher.group(2), parameterTypes));
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException("velocity-allowlist: '" + entry + "' names no public method", e);
        }
    }

    private static Class<?> load(String typeName, ClassLoader loader, String entry) {
        if (typeName.endsWith("[]")) {
            return load(typeName.substring(0, typeName.length() - 2), loader, entry).arrayType();
        }
        return switch (typeName) {
            case "boolean" -> boolean.class;
            case "byte" -> byte.class;
            case "char" -> char.class;
            case "short" -> short.class;
            case "int" -> int.class;
            case "long" -> long.class;
            case "float" -> float.class;
            case "double" -> double.class;
            default -> {
                try {
                    yield Class.forName(typeName, false, loader);
                } catch (ClassNotFoundException e) {
                    throw new IllegalArgumentException("velocity-allowlist: '" + entry + "' names unknown type "
                            + typeName, e);
                }
            }
        };
    }
}
