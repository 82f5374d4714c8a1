package org.journeymaps.rest.map;

import org.journeymaps.rest.emotion.EmotionDto;
import org.journeymaps.rest.persona.PersonaRefDto;
import org.journeymaps.rest.presence.PresenceDto;
import org.journeymaps.rest.structure.CardDto;
import org.journeymaps.rest.structure.LaneDto;
import org.journeymaps.rest.structure.StageDto;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.journeymaps.app.map.MapChanges;
import org.journeymaps.domain.map.ChangeKind;
import org.journeymaps.domain.kernel.ElementType;
import org.journeymaps.domain.structure.Lane;
import org.journeymaps.domain.map.MapChange;
import org.journeymaps.domain.map.MapContent;
import org.journeymaps.domain.structure.Stage;

import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The changes after a revision, each with the element it touched as that element is now (absent once deleted),
 * so a live client can patch its copy without reloading the whole map; and who has the map open.
 */
public record ChangeFeedDto(long revision, boolean more, List<ChangeDto> changes, List<PresenceDto> presence) {

    /**
     * {@code now} may be null when there are no changes; {@code presence} is who has the map open; {@code names}
     * gives the name to show for an author's user key.
     */
    public static ChangeFeedDto of(MapChanges changes, MapContent now, List<PresenceDto> presence,
                                   UnaryOperator<String> names) {
        return new ChangeFeedDto(changes.revision(), changes.more(),
                changes.changes().stream().map(change -> ChangeDto.of(change, now, names)).toList(), presence);
    }

    /** One change: {@code op} is the element type and what happened, e.g. {@code CARD_MOVED}. */
    public record ChangeDto(long revision, String author, String authorName, Instant at, String op,
                            ElementRefDto element) {

        static ChangeDto of(MapChange change, MapContent now, UnaryOperator<String> names) {
            return new ChangeDto(change.revision(), change.authorKey(), names.apply(change.authorKey()), change.at(),
                    change.elementType() + "_" + change.kind(),
                    new ElementRefDto(change.elementType(), change.elementId(), currentState(change, now)));
        }

        /** A reorder names the map and carries the new order of ids; other changes carry the element. */
        private static Object currentState(MapChange change, MapContent now) {
            if (change.kind() == ChangeKind.REORDERED) {
                Stream<Long> ids = change.elementType() == ElementType.LANE
                        ? now.lanes().stream().map(Lane::id) : now.stages().stream().map(Stage::id);
                return ids.toList();
            }
            return currentState(change.elementType(), change.elementId(), now).orElse(null);
        }

        private static Optional<Object> currentState(ElementType type, long id, MapContent now) {
            Stream<?> candidates = switch (type) {
                case MAP -> Stream.of(MapInfoDto.of(now.map()));
                case STAGE -> now.stages().stream().filter(e -> e.id() == id).map(StageDto::of);
                case LANE -> now.lanes().stream().filter(e -> e.id() == id).map(LaneDto::of);
                case CARD -> now.cards().stream().filter(e -> e.id() == id).map(CardDto::of);
                case EMOTION -> now.emotions().stream().filter(e -> e.id() == id).map(EmotionDto::of);
                case PERSONA -> now.personas().stream().filter(e -> e.id() == id).map(PersonaRefDto::of);
                default -> Stream.empty();
            };
            return candidates.findFirst().map(Object.class::cast);
        }
    }

    /** The element a change touched; {@code now} is its state today, absent once it was deleted. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ElementRefDto(ElementType type, long id, Object now) {
    }
}
