package org.journeymaps.app.port;

/** A space as the current caller sees it. */
public record SpaceAccess(boolean exists, boolean view, boolean edit) {
}
