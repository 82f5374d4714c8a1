package org.journeymaps.devhost.rest;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** REST v2's access annotations: on the resource method, else on its class; more than one is an error. */
public enum AccessRule {

    /** Anyone, signed in or not. */
    UNRESTRICTED(UnrestrictedAccess.class),
    /** Signed-in users; anonymous callers only if the site allows anonymous access. */
    ANONYMOUS_SITE(AnonymousSiteAccess.class),
    /** Signed-in (licensed) users only. */
    LICENSED(LicensedOnly.class);

    private final Class<? extends java.lang.annotation.Annotation> annotation;

    AccessRule(Class<? extends java.lang.annotation.Annotation> annotation) {
        this.annotation = annotation;
    }

    /** The rule for the method, or empty when neither it nor its class is annotated. */
    public static Optional<AccessRule> of(Method method, Class<?> resourceClass) {
        Optional<AccessRule> onMethod = declaredOn(method);
        return onMethod.isPresent() ? onMethod : declaredOn(resourceClass);
    }

    private static Optional<AccessRule> declaredOn(AnnotatedElement element) {
        List<AccessRule> rules = Arrays.stream(values()).filter(rule -> element.isAnnotationPresent(rule.annotation)).toList();
        if (rules.size() > 1) {
            throw new IllegalStateException(element + " has more than one access annotation: " + rules);
        }
        return rules.stream().findFirst();
    }
}
