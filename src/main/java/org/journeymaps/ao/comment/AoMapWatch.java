package org.journeymaps.ao.comment;

import org.journeymaps.ao.map.AoJourneyMap;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** A user's explicit choice to watch a map, or not to although they took part in it. */
// Every column listed, foreign keys included: AO's "*" leaves foreign keys out, so each row would cost a
// SELECT more when its parent is read.
@Preload({
        "mapId", "userKey", "watching"
})
@Table("MapWatch")
public interface AoMapWatch extends Entity {

    @NotNull
    AoJourneyMap getMap();

    void setMap(AoJourneyMap map);

    @NotNull
    String getUserKey();

    void setUserKey(String userKey);

    @NotNull
    boolean isWatching();

    void setWatching(boolean watching);
}
