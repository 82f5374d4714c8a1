package org.journeymaps.rest.kernel;

import org.journeymaps.rest.comment.CommentDto;
import org.journeymaps.rest.emotion.EmotionDto;
import org.journeymaps.rest.map.MapInfoDto;
import org.journeymaps.rest.persona.PersonaDto;
import org.journeymaps.rest.structure.CardDto;
import org.journeymaps.rest.structure.LaneDto;
import org.journeymaps.rest.structure.StageDto;
import org.journeymaps.app.comment.CommentView;
import org.journeymaps.domain.structure.Card;
import org.journeymaps.domain.emotion.EmotionPoint;
import org.journeymaps.domain.map.JourneyMap;
import org.journeymaps.domain.structure.Lane;
import org.journeymaps.domain.persona.Persona;
import org.journeymaps.domain.structure.Stage;
import org.journeymaps.domain.kernel.Versioned;

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
