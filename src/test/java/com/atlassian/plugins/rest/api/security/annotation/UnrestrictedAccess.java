package com.atlassian.plugins.rest.api.security.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Test stand-in for the REST v2 access annotation of this name: anyone may use the resource, signed in or not. The app does not
 * use it, so it has no contract; {@code it.devhost.ProbeResource} uses it to check that devhost enforces it.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface UnrestrictedAccess {
}
