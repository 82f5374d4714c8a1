package org.journeymaps.app.kernel;

/** A signed-in user: the host's stable user key and the name to show. */
public record Caller(String userKey, String displayName) {
}
