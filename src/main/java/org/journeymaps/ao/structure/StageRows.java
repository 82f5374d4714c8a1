package org.journeymaps.ao.structure;

import org.journeymaps.ao.emotion.AoEmotion;
import org.journeymaps.ao.kernel.AoValues;
import org.journeymaps.ao.kernel.RowValues;
import org.journeymaps.ao.kernel.Rows;
import org.journeymaps.ao.map.AoJourneyMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.journeymaps.domain.structure.Stage;

/** The stages (columns) of maps. */
public final class StageRows {
    private final Rows rows;
    private final CardRows cards;

    StageRows(Rows rows, CardRows cards) {
        this.rows = rows;
        this.cards = cards;
    }

    Optional<Stage> find(long stageId) {
        return rows.find(AoStage.class, stageId).map(StageRows::toDomain);
    }

    public List<Stage> ofMap(long mapId) {
        return rows.where(AoStage.class, "MAP_ID", mapId, Rows.BY_POSITION, StageRows::toDomain);
    }

    long insert(Stage stage) {
        return rows.ao().create(AoStage.class, new RowValues()
                .with("MAP_ID", rows.existing(AoJourneyMap.class, stage.mapId()))
                .with("NAME", stage.name())
                .with("DESCRIPTION", stage.description())
                .with("PHASE", stage.phase())
                .with("SORT_INDEX", stage.position())
                .with("EDIT_VERSION", stage.version())
                .toMap()).getID();
    }

    void update(Stage stage) {
        AoStage row = rows.existing(AoStage.class, stage.id());
        row.setName(stage.name());
        row.setDescription(stage.description());
        row.setPhase(stage.phase());
        row.setSortIndex(stage.position());
        row.setEditVersion(stage.version());
        row.save();
    }

    void updatePositions(Map<Long, Integer> positions) {
        rows.updatePositions(AoStage.class, positions, AoStage::setSortIndex);
    }

    /** Deletes the stage after what points at it: its cards (with their issue links) and its emotion points. */
    void delete(long stageId) {
        Integer key = AoValues.key(stageId);
        cards.deleteWhere("STAGE_ID", stageId);
        rows.ao().deleteWithSQL(AoEmotion.class, "STAGE_ID = ?", key);
        rows.ao().deleteWithSQL(AoStage.class, "ID = ?", key);
    }

    static Stage toDomain(AoStage row) {
        return new Stage(row.getID(), row.getMap().getID(), row.getName(), row.getDescription(), row.getPhase(),
                row.getSortIndex(),
                row.getEditVersion());
    }
}
