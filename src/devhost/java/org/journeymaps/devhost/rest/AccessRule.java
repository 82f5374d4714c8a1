package org.journeymaps.devhost.rest;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * REST v2's access annotations: on the resource method, else on its class; more than one is an error. They are
 * recognised by name: the contracts hold only the ones the app uses, and devhost enforces every one an app may
 * declare.
 */
public enum AccessRule {

    /** Anyone, signed in or not. */
    UNRESTRICTED("com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess"),
    /** Signed-in users; anonymous callers only if the site allows anonymous access. */
    ANONYMOUS_SITE(AnonymousSiteAccess.class.getName()),
    /** Signed-in (licensed) users only. */
    LICENSED("com.atlassian.plugins.rest.api.security.annotation.LicensedOnly");

    private final String annotationName;

    AccessRule(String annotationName) {
        this.annotationName = annotationName;
    }

    /** The rule for the method, or empty when neither it nor its class is annotated. */
    public static Optional<AccessRule> of(Method method, Class<?> resourceClass) {
        Optional<AccessRule> onMethod = declaredOn(method);
        return onMethod.isPresent() ? onMethod : declaredOn(resourceClass);
    }

    private static Optional<AccessRule> declaredOn(AnnotatedElement element) {
        List<String> present = Arrays.stream(element.getAnnotations())
                .map(Annotation::annotationType).map(Class::getName).toList();
        List<AccessRule> rules = Arrays.stream(values()).filter(rule -> present.contains(rule.annotationName)).toList();
        if (rules.size() > 1) {
            throw new IllegalStateException(element + " has more than one access annotation: " + rules);
        }
        return rules.stream().findFirst();
    }
}
