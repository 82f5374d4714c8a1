package org.journeymaps.devhost.directory;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.Comment;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.user.User;

import static org.journeymaps.devhost.directory.SpacePermission.COMMENT;
import static org.journeymaps.devhost.directory.SpacePermission.EDITSPACE;
import static org.journeymaps.devhost.directory.SpacePermission.SETSPACEPERMISSIONS;
import static org.journeymaps.devhost.directory.SpacePermission.VIEWSPACE;

/**
 * Confluence's permission rules over devhost's directory, as Confluence's permission delegates apply
 * them: a space is viewed with VIEWSPACE and edited or administered with SETSPACEPERMISSIONS; a page is
 * viewed with VIEWSPACE and edited with EDITSPACE; commenting needs VIEW on the container and COMMENT;
 * creating a page in a space needs VIEWSPACE and EDITSPACE. A null target is refused; a permission that
 * does not apply to the target is an {@link IllegalStateException}, as in Confluence.
 */
public final class DirectoryPermissionManager implements PermissionManager {

    private final DevDirectory directory;

    public DirectoryPermissionManager(DevDirectory directory) {
        this.directory = directory;
    }

    @Override
    public boolean hasPermission(ConfluenceUser user, Permission permission, Object target) {
        if (target == null) {
            return false;
        }
        if (target instanceof Space space) {
            return permission == Permission.VIEW
                    ? has(user, space, VIEWSPACE)
                    : has(user, space, VIEWSPACE) && has(user, space, SETSPACEPERMISSIONS);
        }
        if (target instanceof AbstractPage page) {
            if (permission == Permission.ADMINISTER) {
                throw new IllegalStateException("Administration privileges do not apply to pages");
            }
            return permission == Permission.VIEW
                    ? has(user, page.getSpace(), VIEWSPACE)
                    : has(user, page.getSpace(), VIEWSPACE) && has(user, page.getSpace(), EDITSPACE);
        }
        throw new IllegalStateException("Permission " + permission + " does not apply to "
                + target.getClass().getName() + " in devhost (pages and spaces only)");
    }

    @Override
    public boolean hasCreatePermission(ConfluenceUser user, Object container, Class<?> typeToCreate) {
        if (typeToCreate == Comment.class) {
            Space space = spaceOf(container, "a comment");
            return hasPermission(user, Permission.VIEW, container) && has(user, space, COMMENT);
        }
        if (typeToCreate == Page.class) {
            if (!(container instanceof Space space)) {
                throw new IllegalArgumentException("Pages are created in a space, not in " + describe(container));
            }
            return has(user, space, VIEWSPACE) && has(user, space, EDITSPACE);
        }
        throw new IllegalStateException("devhost checks create permission for pages and comments only, not "
                + typeToCreate.getName());
    }

    private boolean has(User user, Space space, SpacePermission permission) {
        return directory.hasSpacePermission(user, space, permission);
    }

    private static Space spaceOf(Object container, String what) {
        if (container instanceof AbstractPage page) {
            return page.getSpace();
        }
        if (container instanceof Space space) {
            return space;
        }
        throw new IllegalArgumentException("Cannot create " + what + " in " + describe(container));
    }

    private static String describe(Object container) {
        return container == null ? "null" : container.getClass().getName();
    }
}
