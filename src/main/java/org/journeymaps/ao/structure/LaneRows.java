package org.journeymaps.ao.structure;

import org.journeymaps.ao.kernel.AoValues;
import org.journeymaps.ao.kernel.RowValues;
import org.journeymaps.ao.kernel.Rows;
import org.journeymaps.ao.map.AoJourneyMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.journeymaps.domain.structure.Lane;

/** The lanes (typed rows) of maps. */
public final class LaneRows {
    private final Rows rows;
    private final CardRows cards;

    LaneRows(Rows rows, CardRows cards) {
        this.rows = rows;
        this.cards = cards;
    }

    Optional<Lane> find(long laneId) {
        return rows.find(AoLane.class, laneId).map(LaneRows::toDomain);
    }

    public List<Lane> ofMap(long mapId) {
        return rows.where(AoLane.class, "MAP_ID", mapId, Rows.BY_POSITION, LaneRows::toDomain);
    }

    long insert(Lane lane) {
        return rows.ao().create(AoLane.class, new RowValues()
                .with("MAP_ID", rows.existing(AoJourneyMap.class, lane.mapId()))
                .with("NAME", lane.name())
                .with("LANE_TYPE", lane.type())
                .with("SORT_INDEX", lane.position())
                .with("EDIT_VERSION", lane.version())
                .toMap()).getID();
    }

    void update(Lane lane) {
        AoLane row = rows.existing(AoLane.class, lane.id());
        row.setName(lane.name());
        row.setLaneType(lane.type());
        row.setSortIndex(lane.position());
        row.setEditVersion(lane.version());
        row.save();
    }

    void updatePositions(Map<Long, Integer> positions) {
        rows.updatePositions(AoLane.class, positions, AoLane::setSortIndex);
    }

    /** Deletes the lane after its cards (with their issue links). */
    void delete(long laneId) {
        cards.deleteWhere("LANE_ID", laneId);
        rows.ao().deleteWithSQL(AoLane.class, "ID = ?", AoValues.key(laneId));
    }

    static Lane toDomain(AoLane row) {
        return new Lane(row.getID(), row.getMap().getID(), row.getName(), row.getLaneType(), row.getSortIndex(),
                row.getEditVersion());
    }
}
