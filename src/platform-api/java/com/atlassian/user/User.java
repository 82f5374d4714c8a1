package com.atlassian.user;

/**
 * Contract of atlassian-user's {@code User}. The real interface inherits {@code getName()} from
 * {@code com.atlassian.user.Entity} (and {@code java.security.Principal}); flattened here.
 */
public interface User {

    String getName();

    String getFullName();
}
