package org.journeymaps.domain.history;

import java.util.List;
import org.journeymaps.domain.kernel.ElementType;

/**
 * An element added, removed or changed between two states of a map. {@code id} is the element's id (for an
 * emotion point, its stage's id; for the map, the map's id); {@code label} names it for people (a stage's name, a
 * card's text…); {@code fields} lists what changed (empty unless CHANGED).
 */
public record ElementChange(ElementType type, DiffKind change, long id, String label, List<FieldChange> fields) {
    public ElementChange {
        fields = List.copyOf(fields);
    }
}
