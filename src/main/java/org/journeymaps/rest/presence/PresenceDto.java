package org.journeymaps.rest.presence;

import java.util.List;
import org.journeymaps.app.presence.Presence;

/** A user with the map open: {@code editing} in the editor or only viewing; {@code self} is the caller. */
public record PresenceDto(String userKey, String name, boolean editing, boolean self) {

    public static List<PresenceDto> of(List<Presence> present) {
        return present.stream().map(p -> new PresenceDto(p.userKey(), p.displayName(), p.editing(), p.self())).toList();
    }
}
