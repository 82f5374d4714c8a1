package org.journeymaps.app.template;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.journeymaps.domain.structure.Card;
import org.journeymaps.domain.emotion.EmotionPoint;
import org.journeymaps.domain.kernel.InvalidFieldException;
import org.journeymaps.domain.map.JourneyState;
import org.journeymaps.domain.structure.Lane;
import org.journeymaps.domain.kernel.Limits;
import org.journeymaps.domain.structure.Ordering;
import org.journeymaps.domain.structure.Positioned;
import org.journeymaps.domain.kernel.Require;
import org.journeymaps.domain.structure.Stage;

/**
 * Lays out the elements a new map starts with, as if each had been added in turn. An invalid one is reported
 * under its list and index, e.g. {@code stages[2].name} or {@code cards[4].severity}.
 */
public final class InitialLayout {
    private InitialLayout() {
    }

    /** The stages or lanes {@code commands} describe, positioned; more than {@code max} is reported under {@code field}. */
    public static <C, T extends Positioned<T>> List<T> layOut(String field, int max, List<C> commands,
                                                        Function<C, T> create, Function<C, Integer> position) {
        List<T> placed = List.of();
        for (int i = 0; i < commands.size(); i++) {
            Limits.requireRoomForOneMore(field, placed.size(), max);
            C command = commands.get(i);
            T element = reported(field + "[" + i + "].", () -> create.apply(command));
            placed = Ordering.insert(placed,
                    element.withPosition(Ordering.insertionIndex(position.apply(command), placed.size())));
        }
        return placed;
    }

    /** The cards, in the saved stages and lanes their indexes name; each cell keeps the list's order. */
    public static List<Card> cards(long mapId, List<Stage> stages, List<Lane> lanes, List<InitialCard> commands) {
        Map<List<Long>, Integer> cardsPerCell = new HashMap<>();
        List<Card> cards = new ArrayList<>();
        for (int i = 0; i < commands.size(); i++) {
            Limits.requireRoomForOneMore("cards", cards.size(), Limits.MAX_CARDS);
            InitialCard command = commands.get(i);
            String prefix = "cards[" + i + "].";
            Stage stage = at(stages, command.stage(), prefix + "stage");
            Lane lane = at(lanes, command.lane(), prefix + "lane");
            Card card = reported(prefix, () -> Card.create(mapId, stage.id(), lane.id(), lane.type(), command.text(),
                    command.attributes()));
            int position = cardsPerCell.merge(List.of(stage.id(), lane.id()), 1, Integer::sum) - 1;
            cards.add(card.withPosition(position));
        }
        return cards;
    }

    /** The points of the general curve {@code curve}, at most one per stage. */
    public static List<EmotionPoint> emotions(long mapId, JourneyState curve, List<Stage> stages,
                                       List<InitialEmotion> commands) {
        Set<Long> stagesWithPoint = new HashSet<>();
        List<EmotionPoint> points = new ArrayList<>();
        for (int i = 0; i < commands.size(); i++) {
            InitialEmotion command = commands.get(i);
            String prefix = "emotions[" + i + "].";
            Stage stage = at(stages, command.stage(), prefix + "stage");
            if (!stagesWithPoint.add(stage.id())) {
                throw new InvalidFieldException(prefix + "stage", "already has a point on the curve");
            }
            points.add(reported(prefix, () -> EmotionPoint.create(mapId, stage.id(), null, curve, command.score(),
                    command.note())));
        }
        return points;
    }

    private static <T> T at(List<T> elements, Integer index, String field) {
        Require.present(field, index);
        if (elements.isEmpty()) {
            throw new InvalidFieldException(field, "names an element of an empty list");
        }
        Require.inRange(field, index, 0, elements.size() - 1);
        return elements.get(index);
    }

    private static <T> T reported(String prefix, Supplier<T> create) {
        try {
            return create.get();
        } catch (InvalidFieldException e) {
            throw new InvalidFieldException(prefix + e.field(), e.reason());
        }
    }
}
