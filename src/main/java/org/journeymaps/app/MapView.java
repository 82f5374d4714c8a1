package org.journeymaps.app;

import org.journeymaps.domain.MapContent;

/** A whole map with the caller's permissions on it. */
public record MapView(MapContent content, MapPermissions permissions) {
}
