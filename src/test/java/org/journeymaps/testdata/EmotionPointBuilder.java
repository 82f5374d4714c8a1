package org.journeymaps.testdata;

import org.journeymaps.domain.emotion.EmotionPoint;
import org.journeymaps.domain.map.JourneyState;

/** An {@link EmotionPoint} for a test: neutral, on the general CURRENT curve at stage 1 of map 1, unless told otherwise. */
public final class EmotionPointBuilder {

    private long id = 1;
    private long mapId = 1;
    private long stageId = 1;
    private Long personaId;
    private JourneyState curve = JourneyState.CURRENT;
    private int score;
    private String note;
    private long version = 1;

    private EmotionPointBuilder() {
    }

    public static EmotionPointBuilder anEmotionPoint() {
        return new EmotionPointBuilder();
    }

    public EmotionPointBuilder withId(long id) {
        this.id = id;
        return this;
    }

    public EmotionPointBuilder onMap(long mapId) {
        this.mapId = mapId;
        return this;
    }

    public EmotionPointBuilder atStage(long stageId) {
        this.stageId = stageId;
        return this;
    }

    public EmotionPointBuilder ofPersona(Long personaId) {
        this.personaId = personaId;
        return this;
    }

    public EmotionPointBuilder onCurve(JourneyState curve) {
        this.curve = curve;
        return this;
    }

    public EmotionPointBuilder scoring(int score) {
        this.score = score;
        return this;
    }

    public EmotionPointBuilder withNote(String note) {
        this.note = note;
        return this;
    }

    public EmotionPointBuilder atVersion(long version) {
        this.version = version;
        return this;
    }

    public EmotionPoint build() {
        return new EmotionPoint(id, mapId, stageId, personaId, curve, score, note, version);
    }
}
