package org.journeymaps.rest.map;

import org.journeymaps.app.kernel.MapPermissions;

/** What the caller may do with a map, so the client shows only the controls that will work. */
public record PermissionsDto(boolean view, boolean comment, boolean edit, boolean spaceAdmin) {

    public static PermissionsDto of(MapPermissions p) {
        return new PermissionsDto(p.view(), p.comment(), p.edit(), p.spaceAdmin());
    }
}
