package org.journeymaps.domain.structure;

import org.journeymaps.domain.kernel.InvalidFieldException;
import org.journeymaps.domain.kernel.Require;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ordering rules as pure functions. Lists go in ordered by position; lists come out with positions 0..n-1
 * in list order, which also closes any gap an older list had.
 */
public final class Ordering {
    private Ordering() {
    }

    /** Where an element asked for at {@code requested} goes among {@code size}: clamped to 0..size, default the end. */
    public static int insertionIndex(Integer requested, int size) {
        return requested == null ? size : Math.max(0, Math.min(requested, size));
    }

    /** Inserts {@code item} at its own position (0..size), shifting the elements from there on. */
    public static <T extends Positioned<T>> List<T> insert(List<T> ordered, T item) {
        if (item.position() < 0 || item.position() > ordered.size()) {
            throw new IllegalArgumentException("position " + item.position() + " outside 0.." + ordered.size());
        }
        List<T> result = new ArrayList<>(ordered);
        result.add(item.position(), item);
        return renumbered(result);
    }

    /** Removes the element with {@code id}, closing the gap. */
    public static <T extends Positioned<T>> List<T> remove(List<T> ordered, long id) {
        List<T> result = new ArrayList<>(ordered);
        result.removeIf(element -> element.id() == id);
        return renumbered(result);
    }

    /** Puts the elements in the order of {@code ids}, which must be exactly a permutation of their ids. */
    public static <T extends Positioned<T>> List<T> reorder(List<T> ordered, List<Long> ids) {
        Require.present("ids", ids);
        Map<Long, T> byId = new HashMap<>();
        ordered.forEach(element -> byId.put(element.id(), element));
        Set<Long> seen = new HashSet<>();
        List<T> result = new ArrayList<>();
        for (Long id : ids) {
            T element = id != null && seen.add(id) ? byId.get(id) : null;
            if (element == null) {
                throw notAPermutation(ordered.size());
            }
            result.add(element);
        }
        if (result.size() != ordered.size()) {
            throw notAPermutation(ordered.size());
        }
        return renumbered(result);
    }

    /** The new positions of elements present in both lists whose position differs: the only rows to rewrite. */
    public static <T extends Positioned<T>> Map<Long, Integer> positionChanges(List<T> before, List<T> after) {
        Map<Long, Integer> oldPositions = new HashMap<>();
        before.forEach(element -> oldPositions.put(element.id(), element.position()));
        Map<Long, Integer> changes = new HashMap<>();
        for (T element : after) {
            Integer old = oldPositions.get(element.id());
            if (old != null && old != element.position()) {
                changes.put(element.id(), element.position());
            }
        }
        return changes;
    }

    private static InvalidFieldException notAPermutation(int size) {
        return new InvalidFieldException("ids", "must list each of the " + size + " current ids exactly once");
    }

    private static <T extends Positioned<T>> List<T> renumbered(List<T> elements) {
        List<T> result = new ArrayList<>(elements.size());
        for (int i = 0; i < elements.size(); i++) {
            T element = elements.get(i);
            result.add(element.position() == i ? element : element.withPosition(i));
        }
        return List.copyOf(result);
    }
}
