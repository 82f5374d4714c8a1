package org.journeymaps.devhost.rest;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Refuses to serve a resource method without an access annotation (on it or its class): Confluence's
 * default for such endpoints is not what their author chose, so devhost treats it as a bug.
 */
public final class RestAccessValidator {

    private RestAccessValidator() {
    }

    /** Fails naming every unannotated or ambiguously annotated resource method of the classes. */
    public static void validate(List<Class<?>> resourceClasses) {
        List<String> problems = new ArrayList<>();
        for (Class<?> type : resourceClasses) {
            for (Method method : type.getMethods()) {
                if (!isResourceMethod(method)) {
                    continue;
                }
                try {
                    if (AccessRule.of(method, type).isEmpty()) {
                        problems.add(type.getName() + "." + method.getName() + "() has no access annotation "
                                + "(@UnrestrictedAccess, @AnonymousSiteAccess or @LicensedOnly, on it or its class)");
                    }
                } catch (IllegalStateException ambiguous) {
                    problems.add(ambiguous.getMessage());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("REST resources without a clear access rule:\n  "
                    + String.join("\n  ", problems));
        }
    }

    private static boolean isResourceMethod(Method method) {
        return method.isAnnotationPresent(Path.class) || Arrays.stream(method.getAnnotations())
                .anyMatch(annotation -> annotation.annotationType().isAnnotationPresent(HttpMethod.class));
    }
}
