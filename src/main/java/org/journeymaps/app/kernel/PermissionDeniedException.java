package org.journeymaps.app.kernel;

/** The signed-in caller may see the map (or space) but not do this to it. */
public class PermissionDeniedException extends RuntimeException {
    public PermissionDeniedException(String message) {
        super(message);
    }
}
