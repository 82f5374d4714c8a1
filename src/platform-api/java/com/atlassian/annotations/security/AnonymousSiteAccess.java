package com.atlassian.annotations.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Contract of atlassian-annotations' access annotation for servlets and filters (Confluence 9+ secures them by
 * default): signed-in users, and anonymous ones where the site allows anonymous access. Not REST v2's annotation
 * of the same simple name.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface AnonymousSiteAccess {
}
