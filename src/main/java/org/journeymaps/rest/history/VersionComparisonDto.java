package org.journeymaps.rest.history;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.journeymaps.app.history.VersionComparison;
import org.journeymaps.domain.kernel.ElementType;
import org.journeymaps.domain.history.DiffKind;
import org.journeymaps.domain.history.ElementChange;
import org.journeymaps.domain.history.FieldChange;

/**
 * {@code GET /maps/{id}/versions/compare}: both sides ({@code version} null = the map now), every element
 * added, removed or changed (with its changed fields before → after), and the counts per element type.
 */
public record VersionComparisonDto(SideDto from, SideDto to, List<ChangeDto> changes,
                                   Map<ElementType, Map<DiffKind, Integer>> summary) {

    public static VersionComparisonDto of(VersionComparison comparison) {
        Map<ElementType, Map<DiffKind, Integer>> summary = new TreeMap<>();
        comparison.changes().forEach(change -> summary.computeIfAbsent(change.type(), type -> new TreeMap<>())
                .merge(change.change(), 1, Integer::sum));
        return new VersionComparisonDto(SideDto.of(comparison.from()), SideDto.of(comparison.to()),
                comparison.changes().stream().map(ChangeDto::of).toList(), summary);
    }

    /** A version's number (null: the map as it is now) and the revision it shows. */
    public record SideDto(Integer version, long revision) {
        static SideDto of(VersionComparison.Side side) {
            return new SideDto(side.number(), side.revision());
        }
    }

    /** One element: {@code id} is a stage's id for an emotion point; {@code label} names it. */
    public record ChangeDto(ElementType type, DiffKind change, long id, String label, List<FieldDto> fields) {
        static ChangeDto of(ElementChange change) {
            return new ChangeDto(change.type(), change.change(), change.id(), change.label(),
                    change.fields().stream().map(FieldDto::of).toList());
        }
    }

    public record FieldDto(String field, String before, String after) {
        static FieldDto of(FieldChange field) {
            return new FieldDto(field.field(), field.before(), field.after());
        }
    }
}
