package org.journeymaps.app.kernel;

/** A space as the current caller sees it; {@code admin}: the caller administers the space. */
public record SpaceAccess(boolean exists, boolean view, boolean edit, boolean admin) {

    /** A space the caller does not administer. */
    public SpaceAccess(boolean exists, boolean view, boolean edit) {
        this(exists, view, edit, false);
    }
}
