package org.journeymaps.devhost.web;

import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Confluence 9+'s access rule for plugin servlets ("secure by default"): an access annotation of
 * {@code com.atlassian.annotations.security} on the servlet class (REST v2's annotations of the same simple names
 * are another package and do not count). Recognised by name, since the contracts hold only the one the app uses.
 * Devhost requires one, as it does for REST methods: without it Confluence's default, not the author, decides.
 * Devhost has no unlicensed users and no admin-only servlets, so it hosts the four rules below.
 */
public enum ServletAccess {
    /** Anyone; the servlet decides. */
    UNRESTRICTED,
    /** Signed-in users; anonymous ones only where the site allows anonymous access. */
    ANONYMOUS_SITE,
    /** Signed-in users (devhost's are all licensed). */
    UNLICENSED_SITE,
    /** Signed-in licensed users. */
    LICENSED;

    static final String PACKAGE = "com.atlassian.annotations.security.";
    private static final Map<String, ServletAccess> BY_NAME = Map.of(
            PACKAGE + "UnrestrictedAccess", UNRESTRICTED,
            PACKAGE + "AnonymousSiteAccess", ANONYMOUS_SITE,
            PACKAGE + "UnlicensedSiteAccess", UNLICENSED_SITE,
            PACKAGE + "LicensedOnly", LICENSED);

    /** The servlet class's rule; fails when it declares none (or more than one) that devhost hosts. */
    public static ServletAccess of(Class<?> servletClass) {
        List<ServletAccess> rules = Arrays.stream(servletClass.getAnnotations())
                .map(Annotation::annotationType).map(Class::getName)
                .filter(BY_NAME::containsKey).map(BY_NAME::get).toList();
        if (rules.size() != 1) {
            throw new IllegalStateException("Servlet " + servletClass.getName() + " must declare exactly one access "
                    + "annotation of " + PACKAGE + "* (UnrestrictedAccess, AnonymousSiteAccess, UnlicensedSiteAccess, "
                    + "LicensedOnly) on its class: Confluence 9+ secures unannotated servlets by default; found " + rules);
        }
        return rules.get(0);
    }

    /** Whether an anonymous caller reaches the servlet (else the host sends them to sign in). */
    public boolean admitsAnonymous(boolean siteAllowsAnonymous) {
        return this == UNRESTRICTED || (this == ANONYMOUS_SITE && siteAllowsAnonymous);
    }
}
