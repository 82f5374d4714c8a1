package org.journeymaps.ao.upgrade.v1;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import org.journeymaps.ao.map.AoJourneyMap;

/** The stage table as model version 1 created it (no phase), to fill a v1 database. */
@Table("Stage")
public interface AoStageV1 extends Entity {

    @NotNull
    AoJourneyMap getMap();

    void setMap(AoJourneyMap map);

    @NotNull
    String getName();

    void setName(String name);

    @StringLength(StringLength.UNLIMITED)
    String getDescription();

    void setDescription(String description);

    @NotNull
    int getSortIndex();

    void setSortIndex(int sortIndex);

    @NotNull
    long getEditVersion();

    void setEditVersion(long editVersion);
}
