package org.journeymaps.devhost.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** Preloads two columns: NOTE and the MAP_ID foreign key are read lazily. */
@Table("Stage")
@Preload({"name", "position"})
public interface TestStage extends Entity {

    @NotNull
    TestMap getMap();

    void setMap(TestMap map);

    @NotNull
    String getName();

    void setName(String name);

    @NotNull
    int getPosition();

    void setPosition(int position);

    String getNote();

    void setNote(String note);
}
