package org.journeymaps.ao.emotion;

import org.journeymaps.ao.map.AoJourneyMap;
import org.journeymaps.ao.persona.AoPersona;
import org.journeymaps.ao.structure.AoStage;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import org.journeymaps.domain.map.JourneyState;

/** One point of an emotion curve: a score for a stage, per curve and optionally per persona. */
// Every column listed, foreign keys included: AO's "*" leaves foreign keys out, so each row would cost a
// SELECT more when its parent is read.
@Preload({
        "mapId", "stageId", "personaId", "curve", "score", "note", "editVersion"
})
@Table("Emotion")
public interface AoEmotion extends Entity {

    @NotNull
    AoJourneyMap getMap();

    void setMap(AoJourneyMap map);

    @NotNull
    AoStage getStage();

    void setStage(AoStage stage);

    AoPersona getPersona();

    void setPersona(AoPersona persona);

    @NotNull
    JourneyState getCurve();

    void setCurve(JourneyState curve);

    @NotNull
    int getScore();

    void setScore(int score);

    @StringLength(StringLength.UNLIMITED)
    String getNote();

    void setNote(String note);

    @NotNull
    long getEditVersion();

    void setEditVersion(long editVersion);
}
