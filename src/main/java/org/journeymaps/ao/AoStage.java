package org.journeymaps.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A column of a map. */
@Preload
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

    @NotNull
    int getSortIndex();

    void setSortIndex(int sortIndex);

    @NotNull
    long getEditVersion();

    void setEditVersion(long editVersion);
}
