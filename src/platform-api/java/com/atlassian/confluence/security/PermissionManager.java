package com.atlassian.confluence.security;

import com.atlassian.user.User;

/** Contract of Confluence's permission checks ({@code user} may be {@code null} for anonymous). */
public interface PermissionManager {

    boolean hasPermission(User user, Permission permission, Object target);

    boolean hasCreatePermission(User user, Object container, Class<?> typeToCreate);
}
