package org.journeymaps.app.presence;

/** A user who has a map open: editing it or only viewing it; {@code self} marks the caller. */
public record Presence(String userKey, String displayName, boolean editing, boolean self) {
}
