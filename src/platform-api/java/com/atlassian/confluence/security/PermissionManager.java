package com.atlassian.confluence.security;

import com.atlassian.confluence.user.ConfluenceUser;

/**
 * Contract of Confluence's permission checks ({@code user} may be {@code null} for anonymous). The user parameter is
 * a {@code ConfluenceUser} since Confluence 8.8 (before: {@code com.atlassian.user.User}).
 */
public interface PermissionManager {

    boolean hasPermission(ConfluenceUser user, Permission permission, Object target);

    boolean hasCreatePermission(ConfluenceUser user, Object container, Class<?> typeToCreate);
}
