package org.journeymaps.app;

import java.util.List;
import java.util.function.Function;
import org.journeymaps.domain.InvalidFieldException;
import org.journeymaps.domain.Limits;
import org.journeymaps.domain.Ordering;
import org.journeymaps.domain.Positioned;

/** Lays out the elements a new map starts with, as if each had been added in turn. */
final class InitialLayout {
    private InitialLayout() {
    }

    /**
     * The elements {@code commands} describe, positioned; an invalid one is reported under its index, e.g.
     * {@code stages[2].name}, and more than {@code max} under {@code field}.
     */
    static <C, T extends Positioned<T>> List<T> layOut(String field, int max, List<C> commands,
                                                        Function<C, T> create, Function<C, Integer> position) {
        List<T> placed = List.of();
        for (int i = 0; i < commands.size(); i++) {
            Limits.requireRoomForOneMore(field, placed.size(), max);
            C command = commands.get(i);
            T element;
            try {
                element = create.apply(command);
            } catch (InvalidFieldException e) {
                throw new InvalidFieldException(field + "[" + i + "]." + e.field(), e.reason());
            }
            placed = Ordering.insert(placed,
                    element.withPosition(Ordering.insertionIndex(position.apply(command), placed.size())));
        }
        return placed;
    }
}
