package org.journeymaps.rest.emotion;

import org.journeymaps.app.emotion.EmotionInput;
import org.journeymaps.domain.map.JourneyState;

/**
 * Body of {@code PUT /maps/{id}/emotions/{stageId}}; {@code version} names the point being replaced and is
 * left out only to create one.
 */
public record EmotionRequest(JourneyState curve, Long personaId, Integer score, String note, Long version) {

    public EmotionInput toCommand() {
        return new EmotionInput(curve, personaId, score, note, version);
    }
}
