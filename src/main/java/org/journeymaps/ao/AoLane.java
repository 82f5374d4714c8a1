package org.journeymaps.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import org.journeymaps.domain.LaneType;

/** A typed row of a map. */
@Preload
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
