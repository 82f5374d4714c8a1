package org.journeymaps.ao.emotion;

import org.journeymaps.ao.kernel.AoValues;
import org.journeymaps.ao.kernel.RowValues;
import org.journeymaps.ao.kernel.Rows;
import org.journeymaps.ao.map.AoJourneyMap;
import org.journeymaps.ao.persona.AoPersona;
import org.journeymaps.ao.structure.AoStage;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import net.java.ao.Query;
import org.journeymaps.domain.emotion.EmotionPoint;
import org.journeymaps.domain.map.JourneyState;

/** The points of the emotion curves. */
public final class EmotionRows {
    private final Rows rows;

    public EmotionRows(Rows rows) {
        this.rows = rows;
    }

    public List<EmotionPoint> ofMap(long mapId) {
        return rows.where(AoEmotion.class, "MAP_ID", mapId, "\"ID\"", EmotionRows::toDomain);
    }

    /** The point of a stage on a curve for a persona, or without persona when {@code personaId} is null. */
    public Optional<EmotionPoint> find(long stageId, JourneyState curve, Long personaId) {
        Query query = personaId == null
                ? Query.select().where("STAGE_ID = ? AND CURVE = ? AND PERSONA_ID IS NULL", AoValues.key(stageId), curve)
                : Query.select().where("STAGE_ID = ? AND CURVE = ? AND PERSONA_ID = ?", AoValues.key(stageId), curve,
                        AoValues.key(personaId));
        return rows.list(AoEmotion.class, query.order("\"ID\"").limit(1)).stream().findFirst()
                .map(EmotionRows::toDomain);
    }

    public long insert(EmotionPoint point) {
        return rows.ao().create(AoEmotion.class, new RowValues()
                .with("MAP_ID", rows.existing(AoJourneyMap.class, point.mapId()))
                .with("STAGE_ID", rows.existing(AoStage.class, point.stageId()))
                .with("PERSONA_ID", point.personaId() == null ? null : rows.existing(AoPersona.class, point.personaId()))
                .with("CURVE", point.curve())
                .with("SCORE", point.score())
                .with("NOTE", point.note())
                .with("EDIT_VERSION", point.version())
                .toMap()).getID();
    }

    /** Writes every field of the point (the stage and persona rows are read only when they changed). */
    public void update(EmotionPoint point) {
        AoEmotion row = rows.existing(AoEmotion.class, point.id());
        if (row.getStage().getID() != point.stageId()) {
            row.setStage(rows.existing(AoStage.class, point.stageId()));
        }
        if (!Objects.equals(personaIdOf(row), point.personaId())) {
            row.setPersona(point.personaId() == null ? null : rows.existing(AoPersona.class, point.personaId()));
        }
        row.setCurve(point.curve());
        row.setScore(point.score());
        row.setNote(point.note());
        row.setEditVersion(point.version());
        row.save();
    }

    public void deleteOfPersona(long mapId, long personaId) {
        rows.ao().deleteWithSQL(AoEmotion.class, "MAP_ID = ? AND PERSONA_ID = ?", AoValues.key(mapId),
                AoValues.key(personaId));
    }

    static EmotionPoint toDomain(AoEmotion row) {
        return new EmotionPoint(row.getID(), row.getMap().getID(), row.getStage().getID(), personaIdOf(row),
                row.getCurve(), row.getScore(), row.getNote(), row.getEditVersion());
    }

    private static Long personaIdOf(AoEmotion row) {
        AoPersona persona = row.getPersona();
        return persona == null ? null : (long) persona.getID();
    }
}
