package org.journeymaps.confluence.kernel;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.Comment;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.journeymaps.app.kernel.AccessPolicy;
import org.journeymaps.app.kernel.Caller;
import org.journeymaps.app.kernel.PageAccess;
import org.journeymaps.app.kernel.SpaceAccess;

import java.util.Optional;

/**
 * A map's permissions are its page's: view the page to read, comment on it to comment, edit it to change
 * the map. Persona libraries follow the space: view it to read, add pages to it to change them.
 */
@Named
public class ConfluenceAccessPolicy implements AccessPolicy {

    private final PermissionManager permissionManager;
    private final PageManager pageManager;
    private final SpaceManager spaceManager;

    @Inject
    public ConfluenceAccessPolicy(@ComponentImport PermissionManager permissionManager,
                                  @ComponentImport PageManager pageManager,
                                  @ComponentImport SpaceManager spaceManager) {
        this.permissionManager = permissionManager;
        this.pageManager = pageManager;
        this.spaceManager = spaceManager;
    }

    @Override
    public Optional<Caller> currentCaller() {
        return Optional.ofNullable(AuthenticatedUserThreadLocal.get())
                .map(user -> new Caller(user.getKey().getStringValue(), user.getFullName()));
    }

    @Override
    public PageAccess accessTo(long pageId) {
        AbstractPage page = pageManager.getAbstractPage(pageId);
        // A page in the trash hides its maps (they come back when it is restored).
        if (page == null || page.isDeleted()) {
            return new PageAccess(false, null, null, false, false, false, false);
        }
        ConfluenceUser user = AuthenticatedUserThreadLocal.get();
        boolean view = permissionManager.hasPermission(user, Permission.VIEW, page);
        return new PageAccess(true, page.getSpaceKey(), page.getTitle(), view,
                view && permissionManager.hasCreatePermission(user, page, Comment.class),
                view && permissionManager.hasPermission(user, Permission.EDIT, page),
                permissionManager.hasPermission(user, Permission.ADMINISTER, page.getSpace()));
    }

    @Override
    public SpaceAccess accessToSpace(String spaceKey) {
        Space space = spaceManager.getSpace(spaceKey);
        if (space == null) {
            return new SpaceAccess(false, false, false);
        }
        ConfluenceUser user = AuthenticatedUserThreadLocal.get();
        boolean view = permissionManager.hasPermission(user, Permission.VIEW, space);
        return new SpaceAccess(true, view, view && permissionManager.hasCreatePermission(user, space, Page.class),
                view && permissionManager.hasPermission(user, Permission.ADMINISTER, space));
    }
}
