package org.journeymaps.ao.structure;

import org.journeymaps.ao.map.AoJourneyMap;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A column of a map. */
// Every column listed, foreign keys included: AO's "*" leaves foreign keys out, so each row would cost a
// SELECT more when its parent is read.
@Preload({
        "mapId", "name", "description", "phase", "sortIndex", "editVersion"
})
@Table("Stage")
public interface AoStage extends Entity {

    @NotNull
    AoJourneyMap getMap();

    void setMap(AoJourneyMap map);

    @NotNull
    String getName();

    void setName(String name);

    @StringLength(StringLength.UNLIMITED)
    String getDescription();

    void setDescription(String description);

    /** Added in model version 2; null on stages outside any phase. */
    String getPhase();

    void setPhase(String phase);

    @NotNull
    int getSortIndex();

    void setSortIndex(int sortIndex);

    @NotNull
    long getEditVersion();

    void setEditVersion(long editVersion);
}
