package org.journeymaps.ao.presence;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

import java.util.Date;

/**
 * One open tab of a user on a map, with the time it was last heard from. The map is a plain id, not a foreign
 * key: rows expire within seconds, so a deleted map's rows need no cascade, and map deletion stays as it is.
 */
@Preload
@Table("Presence")
public interface AoPresence extends Entity {

    @NotNull
    @Indexed
    long getMapId();

    void setMapId(long mapId);

    @NotNull
    String getUserKey();

    void setUserKey(String userKey);

    @NotNull
    String getDisplayName();

    void setDisplayName(String displayName);

    @NotNull
    String getSessionId();

    void setSessionId(String sessionId);

    @NotNull
    boolean isEditing();

    void setEditing(boolean editing);

    @NotNull
    @Indexed
    Date getSeenAt();

    void setSeenAt(Date seenAt);
}
