package org.journeymaps.devhost.web;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.journeymaps.devhost.directory.DevDirectory;
import org.journeymaps.devhost.security.SignIn;

import java.io.IOException;
import java.util.Optional;

/**
 * How Confluence's page actions find a page and answer when the user may not see it: "not found" for a
 * signed-in user, a sign-in for an anonymous one.
 */
final class PageAccess {

    private final DevDirectory directory;
    private final PermissionManager permissions;

    PageAccess(DevDirectory directory, PermissionManager permissions) {
        this.directory = directory;
        this.permissions = permissions;
    }

    /** The page with this id ({@code pageId} parameter), if it exists and the current user may view it. */
    Optional<Page> viewable(String pageId) {
        return viewable(byId(pageId));
    }

    Optional<Page> viewable(Optional<Page> page) {
        return page.filter(p -> permissions.hasPermission(AuthenticatedUserThreadLocal.get(), Permission.VIEW, p));
    }

    boolean mayEdit(Page page) {
        return permissions.hasPermission(AuthenticatedUserThreadLocal.get(), Permission.EDIT, page);
    }

    void notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (AuthenticatedUserThreadLocal.get() == null) {
            redirectToLogin(request, response);
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "Page Not Found");
        }
    }

    void redirectToLogin(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SignIn.redirectToLogin(request, response);
    }

    private Optional<Page> byId(String pageId) {
        try {
            return pageId == null ? Optional.empty() : directory.page(Long.parseLong(pageId));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }
}
