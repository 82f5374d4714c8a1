package org.journeymaps.domain.map;

import org.journeymaps.domain.emotion.EmotionPoint;
import org.journeymaps.domain.jira.IssueLink;
import org.journeymaps.domain.persona.Persona;
import org.journeymaps.domain.structure.Card;
import org.journeymaps.domain.structure.Lane;
import org.journeymaps.domain.structure.Stage;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

/**
 * A whole map as loaded: stages and lanes ordered by position, cards by stage position, lane position, then
 * their own position, personas by name. The order is established here, whatever order the store returned.
 */
public record MapContent(JourneyMap map, List<Stage> stages, List<Lane> lanes, List<Card> cards,
                         List<EmotionPoint> emotions, List<Persona> personas, List<IssueLink> issueLinks) {

    public MapContent {
        stages = stages.stream().sorted(Comparator.comparingInt(Stage::position)).toList();
        lanes = lanes.stream().sorted(Comparator.comparingInt(Lane::position)).toList();
        ToIntFunction<Card> stageOrder = positionsOf(stages, Stage::id, Stage::position, Card::stageId);
        ToIntFunction<Card> laneOrder = positionsOf(lanes, Lane::id, Lane::position, Card::laneId);
        cards = cards.stream()
                .sorted(Comparator.comparingInt(stageOrder).thenComparingInt(laneOrder).thenComparingInt(Card::position))
                .toList();
        emotions = List.copyOf(emotions);
        personas = personas.stream()
                .sorted(Comparator.comparing(Persona::name, String.CASE_INSENSITIVE_ORDER).thenComparingLong(Persona::id))
                .toList();
        issueLinks = List.copyOf(issueLinks);
    }

    /** Orders cards by the position of the stage or lane that {@code ref} names. */
    private static <E> ToIntFunction<Card> positionsOf(List<E> elements, ToLongFunction<E> id,
                                                       ToIntFunction<E> position, ToLongFunction<Card> ref) {
        Map<Long, Integer> positions = new HashMap<>();
        elements.forEach(element -> positions.put(id.applyAsLong(element), position.applyAsInt(element)));
        // A card whose stage or lane is missing (never expected) sorts last rather than failing the whole map.
        return card -> positions.getOrDefault(ref.applyAsLong(card), Integer.MAX_VALUE);
    }
}
