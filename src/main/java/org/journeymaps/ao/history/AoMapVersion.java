package org.journeymaps.ao.history;

import org.journeymaps.ao.map.AoJourneyMap;
import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import org.journeymaps.domain.history.VersionKind;

/**
 * A numbered snapshot of a whole map: the map's content as JSON (see {@link SnapshotJson}) with who took it, when
 * and at which revision. Listings read every column but the snapshot (see {@link MapVersionRows}).
 */
// Every column listed, foreign keys included: AO's "*" leaves foreign keys out, so each row would cost a
// SELECT more when its parent is read.
@Preload({
        "mapId", "versionNumber", "label", "versionKind", "authorKey", "createdAt", "mapRevision", "snapshot"
})
@Table("MapVersion")
public interface AoMapVersion extends Entity {

    @NotNull
    AoJourneyMap getMap();

    void setMap(AoJourneyMap map);

    @NotNull
    int getVersionNumber();

    void setVersionNumber(int versionNumber);

    String getLabel();

    void setLabel(String label);

    @NotNull
    VersionKind getVersionKind();

    void setVersionKind(VersionKind versionKind);

    String getAuthorKey();

    void setAuthorKey(String authorKey);

    @NotNull
    Date getCreatedAt();

    void setCreatedAt(Date createdAt);

    @NotNull
    long getMapRevision();

    void setMapRevision(long mapRevision);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getSnapshot();

    void setSnapshot(String snapshot);
}
