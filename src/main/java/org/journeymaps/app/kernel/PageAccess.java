package org.journeymaps.app.kernel;

/** A page as the current caller sees it: whether it exists, where it lives, and what the caller may do there. */
public record PageAccess(boolean exists, String spaceKey, String title, boolean view, boolean comment, boolean edit,
                         boolean spaceAdmin) {
}
