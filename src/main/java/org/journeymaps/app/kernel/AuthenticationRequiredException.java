package org.journeymaps.app.kernel;

/** An anonymous caller may not do this; signing in might help. */
public class AuthenticationRequiredException extends RuntimeException {
    public AuthenticationRequiredException() {
        super("authentication required");
    }
}
