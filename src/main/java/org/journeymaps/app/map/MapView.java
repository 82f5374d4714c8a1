package org.journeymaps.app.map;

import org.journeymaps.app.kernel.MapPermissions;
import org.journeymaps.domain.map.MapContent;

/** A whole map with the caller's permissions on it. */
public record MapView(MapContent content, MapPermissions permissions) {
}
