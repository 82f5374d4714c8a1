package com.atlassian.user;

/**
 * Contract of atlassian-user's {@code User}. The real interface also inherits {@code getName()} from
 * {@code com.atlassian.user.Entity} (and {@code java.security.Principal}): left out, the app never reads names
 * (it keeps user keys and shows full names).
 */
public interface User {

    String getFullName();
}
