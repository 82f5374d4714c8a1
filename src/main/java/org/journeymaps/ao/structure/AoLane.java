package org.journeymaps.ao.structure;

import org.journeymaps.ao.map.AoJourneyMap;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import org.journeymaps.domain.structure.LaneType;

/** A typed row of a map. */
// Every column listed, foreign keys included: AO's "*" leaves foreign keys out, so each row would cost a
// SELECT more when its parent is read.
@Preload({
        "mapId", "name", "laneType", "sortIndex", "editVersion"
})
@Table("Lane")
public interface AoLane extends Entity {

    @NotNull
    AoJourneyMap getMap();

    void setMap(AoJourneyMap map);

    @NotNull
    String getName();

    void setName(String name);

    @NotNull
    LaneType getLaneType();

    void setLaneType(LaneType laneType);

    @NotNull
    int getSortIndex();

    void setSortIndex(int sortIndex);

    @NotNull
    long getEditVersion();

    void setEditVersion(long editVersion);
}
