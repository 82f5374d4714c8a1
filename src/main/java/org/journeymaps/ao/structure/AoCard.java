package org.journeymaps.ao.structure;

import org.journeymaps.ao.map.AoJourneyMap;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import org.journeymaps.domain.structure.Channel;
import org.journeymaps.domain.structure.Evidence;
import org.journeymaps.domain.structure.OpportunityStatus;
import org.journeymaps.domain.structure.Rating;
import org.journeymaps.domain.structure.Severity;

/** A card in a stage × lane cell. It also points at its map so a whole map loads in one query. */
// Every column listed, foreign keys included: AO's "*" leaves foreign keys out, so each row would cost a
// SELECT more when its parent is read.
@Preload({
        "mapId", "stageId", "laneId", "sortIndex", "text", "channel", "severity", "opportunityStatus",
        "ownerKey", "impact", "effort", "evidence", "editVersion"
})
@Table("Card")
public interface AoCard extends Entity {

    @NotNull
    AoJourneyMap getMap();

    void setMap(AoJourneyMap map);

    @NotNull
    AoStage getStage();

    void setStage(AoStage stage);

    @NotNull
    AoLane getLane();

    void setLane(AoLane lane);

    @NotNull
    int getSortIndex();

    void setSortIndex(int sortIndex);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getText();

    void setText(String text);

    Channel getChannel();

    void setChannel(Channel channel);

    Severity getSeverity();

    void setSeverity(Severity severity);

    OpportunityStatus getOpportunityStatus();

    void setOpportunityStatus(OpportunityStatus opportunityStatus);

    String getOwnerKey();

    void setOwnerKey(String ownerKey);

    Rating getImpact();

    void setImpact(Rating impact);

    Rating getEffort();

    void setEffort(Rating effort);

    Evidence getEvidence();

    void setEvidence(Evidence evidence);

    @NotNull
    long getEditVersion();

    void setEditVersion(long editVersion);
}
