package org.journeymaps.app.emotion;

import org.journeymaps.domain.map.JourneyState;

/**
 * The emotion at a stage on {@code curve} for {@code personaId} (null: the map's general curve). {@code version}
 * is that of the point being replaced, or null to create one: a point that exists is only replaced when its
 * version is named, so no one silently overwrites another's point.
 */
public record EmotionInput(JourneyState curve, Long personaId, Integer score, String note, Long version) {
}
