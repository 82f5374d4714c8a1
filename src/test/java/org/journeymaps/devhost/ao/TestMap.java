package org.journeymaps.devhost.ao;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.ManyToMany;
import net.java.ao.OneToMany;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** No @Preload: AO 6 loads every value column on fetch. */
@Table("Map")
public interface TestMap extends Entity {

    @NotNull
    @Indexed
    @StringLength(100)
    String getTitle();

    void setTitle(String title);

    @StringLength(StringLength.UNLIMITED)
    String getDescription();

    void setDescription(String description);

    MapState getState();

    void setState(MapState state);

    boolean isArchived();

    void setArchived(boolean archived);

    Date getReviewDue();

    void setReviewDue(Date reviewDue);

    long getRevision();

    void setRevision(long revision);

    @OneToMany(reverse = "getMap")
    TestStage[] getStages();

    @OneToMany(reverse = "getMap", where = "POSITION >= 1")
    TestStage[] getLaterStages();

    @ManyToMany(value = TestMapPersona.class, reverse = "getMap", through = "getPersona")
    TestPersona[] getPersonas();
}
