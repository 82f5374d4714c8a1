package com.atlassian.user;

/**
 * Contract of atlassian-user's {@code User}. Flattened: the real interface inherits {@code getName()} from
 * {@code com.atlassian.user.Entity} (and {@code java.security.Principal}).
 */
public interface User {

    String getName();

    String getFullName();

    String getEmail();
}
