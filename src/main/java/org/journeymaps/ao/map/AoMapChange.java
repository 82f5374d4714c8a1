package org.journeymaps.ao.map;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import org.journeymaps.domain.map.ChangeKind;
import org.journeymaps.domain.kernel.ElementType;

import java.util.Date;

/** One entry of a map's change log, in revision order: what live updates and history read. */
// Every column listed, foreign keys included: AO's "*" leaves foreign keys out, so each row would cost a
// SELECT more when its parent is read.
@Preload({
        "mapId", "revision", "authorKey", "changedAt", "changeKind", "elementType", "elementId"
})
@Table("MapChange")
public interface AoMapChange extends Entity {

    @NotNull
    AoJourneyMap getMap();

    void setMap(AoJourneyMap map);

    @NotNull
    long getRevision();

    void setRevision(long revision);

    String getAuthorKey();

    void setAuthorKey(String authorKey);

    @NotNull
    Date getChangedAt();

    void setChangedAt(Date changedAt);

    @NotNull
    ChangeKind getChangeKind();

    void setChangeKind(ChangeKind changeKind);

    @NotNull
    ElementType getElementType();

    void setElementType(ElementType elementType);

    @NotNull
    long getElementId();

    void setElementId(long elementId);
}
