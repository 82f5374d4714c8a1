package org.journeymaps.app;

import org.journeymaps.app.port.PageAccess;

/** What the caller may do with a map, as the client needs to know it. */
public record MapPermissions(boolean view, boolean comment, boolean edit) {

    static MapPermissions of(PageAccess page) {
        return new MapPermissions(page.view(), page.comment(), page.edit());
    }
}
