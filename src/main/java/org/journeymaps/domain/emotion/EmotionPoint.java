package org.journeymaps.domain.emotion;

import org.journeymaps.domain.kernel.Limits;
import org.journeymaps.domain.kernel.Require;
import org.journeymaps.domain.kernel.TextField;
import org.journeymaps.domain.kernel.Versioned;
import org.journeymaps.domain.map.JourneyState;

/**
 * How a persona (or the map's general audience, when {@code personaId} is null) feels at a stage, on the
 * current or the future curve: a score from -2 to +2 with an optional note.
 */
public record EmotionPoint(long id, long mapId, long stageId, Long personaId, JourneyState curve, int score,
                           String note, long version) implements Versioned {

    public static final TextField NOTE = TextField.optionalText("note", Limits.NOTE_LENGTH);

    public static EmotionPoint create(long mapId, long stageId, Long personaId, JourneyState curve, Integer score,
                                      String note) {
        return new EmotionPoint(UNSAVED_ID, mapId, stageId, personaId, Require.present("curve", curve),
                checkedScore(score), NOTE.normalise(note), FIRST_VERSION);
    }

    /** The point with score and note replaced (a missing note clears it); version unchanged. */
    public EmotionPoint replaced(Integer newScore, String newNote) {
        return new EmotionPoint(id, mapId, stageId, personaId, curve, checkedScore(newScore), NOTE.normalise(newNote),
                version);
    }

    public EmotionPoint withId(long newId) {
        return new EmotionPoint(newId, mapId, stageId, personaId, curve, score, note, version);
    }

    public EmotionPoint nextVersion() {
        return new EmotionPoint(id, mapId, stageId, personaId, curve, score, note, version + 1);
    }

    private static int checkedScore(Integer score) {
        return Require.inRange("score", score, Limits.MIN_SCORE, Limits.MAX_SCORE);
    }
}
