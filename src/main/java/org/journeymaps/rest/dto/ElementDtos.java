package org.journeymaps.rest.dto;

import org.journeymaps.app.CommentView;
import org.journeymaps.domain.Card;
import org.journeymaps.domain.EmotionPoint;
import org.journeymaps.domain.JourneyMap;
import org.journeymaps.domain.Lane;
import org.journeymaps.domain.Persona;
import org.journeymaps.domain.Stage;
import org.journeymaps.domain.Versioned;

/** Turns any versioned element into its API form, e.g. the {@code current} element of a 409. */
public final class ElementDtos {

    private ElementDtos() {
    }

    public static Object of(Versioned element) {
        if (element instanceof Stage stage) {
            return StageDto.of(stage);
        }
        if (element instanceof Lane lane) {
            return LaneDto.of(lane);
        }
        if (element instanceof Card card) {
            return CardDto.of(card);
        }
        if (element instanceof EmotionPoint point) {
            return EmotionDto.of(point);
        }
        if (element instanceof Persona persona) {
            return PersonaDto.of(persona);
        }
        if (element instanceof CommentView comment) {
            return CommentDto.of(comment);
        }
        if (element instanceof JourneyMap map) {
            return MapInfoDto.of(map);
        }
        throw new IllegalArgumentException("No API form for " + element.getClass().getName());
    }
}
