package org.journeymaps.app.kernel;

import org.journeymaps.app.kernel.PageAccess;

/** What the caller may do with a map, as the client needs to know it. */
/** {@code spaceAdmin}: administers the page's space, so may delete anyone's comments. */
public record MapPermissions(boolean view, boolean comment, boolean edit, boolean spaceAdmin) {

    public static MapPermissions of(PageAccess page) {
        return new MapPermissions(page.view(), page.comment(), page.edit(), page.spaceAdmin());
    }
}
