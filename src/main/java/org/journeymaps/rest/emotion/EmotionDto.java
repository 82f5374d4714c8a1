package org.journeymaps.rest.emotion;

import org.journeymaps.domain.emotion.EmotionPoint;
import org.journeymaps.domain.map.JourneyState;

/** One point of an emotion curve. */
public record EmotionDto(long id, long stageId, Long personaId, JourneyState curve, int score, String note,
                         long version) {

    public static EmotionDto of(EmotionPoint point) {
        return new EmotionDto(point.id(), point.stageId(), point.personaId(), point.curve(), point.score(),
                point.note(), point.version());
    }
}
