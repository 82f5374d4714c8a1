package org.journeymaps.ao.map;

import org.journeymaps.ao.persona.AoMapPersona;
import org.journeymaps.ao.persona.AoPersona;
import net.java.ao.Entity;
import net.java.ao.ManyToMany;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

import java.util.Date;
import org.journeymaps.domain.map.JourneyState;

/** A journey map's own fields; its elements live in their own tables and point back to it. */
@Preload
@Table("JourneyMap")
public interface AoJourneyMap extends Entity {

    @NotNull
    @Indexed
    long getPageId();

    void setPageId(long pageId);

    @NotNull
    @Indexed
    String getSpaceKey();

    void setSpaceKey(String spaceKey);

    @NotNull
    String getTitle();

    void setTitle(String title);

    @StringLength(StringLength.UNLIMITED)
    String getDescription();

    void setDescription(String description);

    @NotNull
    JourneyState getJourneyState();

    void setJourneyState(JourneyState journeyState);

    Long getCounterpartId();

    void setCounterpartId(Long counterpartId);

    String getOwnerKey();

    void setOwnerKey(String ownerKey);

    Date getReviewDue();

    void setReviewDue(Date reviewDue);

    @NotNull
    long getRevision();

    void setRevision(long revision);

    @NotNull
    long getEditVersion();

    void setEditVersion(long editVersion);

    String getCreatedBy();

    void setCreatedBy(String createdBy);

    @NotNull
    Date getCreatedAt();

    void setCreatedAt(Date createdAt);

    String getUpdatedBy();

    void setUpdatedBy(String updatedBy);

    @NotNull
    Date getUpdatedAt();

    void setUpdatedAt(Date updatedAt);

    /** The personas the map describes, through its {@link AoMapPersona} links. */
    @ManyToMany(value = AoMapPersona.class, reverse = "getMap", through = "getPersona")
    AoPersona[] getPersonas();
}
