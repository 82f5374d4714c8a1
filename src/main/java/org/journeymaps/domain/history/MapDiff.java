package org.journeymaps.domain.history;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.journeymaps.domain.structure.Card;
import org.journeymaps.domain.structure.CardField;
import org.journeymaps.domain.kernel.ElementType;
import org.journeymaps.domain.emotion.EmotionPoint;
import org.journeymaps.domain.jira.IssueLink;
import org.journeymaps.domain.map.JourneyMap;
import org.journeymaps.domain.structure.Lane;
import org.journeymaps.domain.map.MapContent;
import org.journeymaps.domain.persona.Persona;
import org.journeymaps.domain.structure.Stage;

/**
 * What differs between two states of one map ({@code from} → {@code to}), element by element. Stages, lanes, cards
 * and personas are matched by id (a restore keeps the ids of the elements that still exist, so they match across
 * it); emotion points by stage, persona and curve. Positions are left out: inserting one card renumbers its
 * neighbours, which would flag them all; a card moved to another stage or lane does show (as "stage" / "lane",
 * by name). Elements come map first, then personas, stages, lanes, cards and emotions, each in {@code to}'s
 * order with the removed ones after them.
 */
public final class MapDiff {
    private final MapContent from;
    private final MapContent to;
    private final List<ElementChange> changes = new ArrayList<>();

    private MapDiff(MapContent from, MapContent to) {
        this.from = from;
        this.to = to;
    }

    public static List<ElementChange> between(MapContent from, MapContent to) {
        MapDiff diff = new MapDiff(from, to);
        diff.compareMaps();
        diff.compare(ElementType.PERSONA, MapContent::personas, Persona::id, Persona::id, (c, p) -> p.name(),
                (a, b) -> List.of());
        diff.compare(ElementType.STAGE, MapContent::stages, Stage::id, Stage::id, (c, s) -> s.name(),
                MapDiff::stageFields);
        diff.compare(ElementType.LANE, MapContent::lanes, Lane::id, Lane::id, (c, l) -> l.name(), MapDiff::laneFields);
        diff.compare(ElementType.CARD, MapContent::cards, Card::id, Card::id, (c, card) -> card.text(),
                diff::cardFields);
        diff.compare(ElementType.EMOTION, MapContent::emotions, MapDiff::emotionKey, EmotionPoint::stageId,
                MapDiff::emotionLabel, MapDiff::emotionFields);
        return List.copyOf(diff.changes);
    }

    private interface Labeller<E> {
        String label(MapContent content, E element);
    }

    private interface FieldComparer<E> {
        List<FieldChange> compare(E before, E after);
    }

    private void compareMaps() {
        JourneyMap before = from.map();
        JourneyMap after = to.map();
        List<FieldChange> fields = new ArrayList<>();
        field(fields, "title", before.title(), after.title());
        field(fields, "description", before.description(), after.description());
        field(fields, "state", before.state(), after.state());
        field(fields, "ownerKey", before.ownerKey(), after.ownerKey());
        field(fields, "reviewDue", before.reviewDue(), after.reviewDue());
        if (!fields.isEmpty()) {
            changes.add(new ElementChange(ElementType.MAP, DiffKind.CHANGED, after.id(), after.title(), fields));
        }
    }

    private <E, K> void compare(ElementType type, Function<MapContent, List<E>> elements, Function<E, K> key,
                                Function<E, Long> id, Labeller<E> labeller, FieldComparer<E> comparer) {
        Map<K, E> old = elements.apply(from).stream()
                .collect(Collectors.toMap(key, e -> e, (a, b) -> a, LinkedHashMap::new));
        for (E element : elements.apply(to)) {
            E previous = old.remove(key.apply(element));
            String label = labeller.label(to, element);
            if (previous == null) {
                changes.add(new ElementChange(type, DiffKind.ADDED, id.apply(element), label, List.of()));
                continue;
            }
            List<FieldChange> fields = comparer.compare(previous, element);
            if (!fields.isEmpty()) {
                changes.add(new ElementChange(type, DiffKind.CHANGED, id.apply(element), label, fields));
            }
        }
        old.values().forEach(element -> changes.add(new ElementChange(type, DiffKind.REMOVED, id.apply(element),
                labeller.label(from, element), List.of())));
    }

    private static List<FieldChange> stageFields(Stage before, Stage after) {
        List<FieldChange> fields = new ArrayList<>();
        field(fields, "name", before.name(), after.name());
        field(fields, "description", before.description(), after.description());
        field(fields, "phase", before.phase(), after.phase());
        return fields;
    }

    private static List<FieldChange> laneFields(Lane before, Lane after) {
        List<FieldChange> fields = new ArrayList<>();
        field(fields, "name", before.name(), after.name());
        field(fields, "type", before.type(), after.type());
        return fields;
    }

    private List<FieldChange> cardFields(Card before, Card after) {
        List<FieldChange> fields = new ArrayList<>();
        field(fields, "text", before.text(), after.text());
        field(fields, "stage", stageName(from, before.stageId()), stageName(to, after.stageId()));
        field(fields, "lane", laneName(from, before.laneId()), laneName(to, after.laneId()));
        for (CardField attribute : CardField.values()) {
            field(fields, attribute.fieldName(), before.attributes().get(attribute), after.attributes().get(attribute));
        }
        field(fields, "issues", issueKeys(from, before.id()), issueKeys(to, after.id()));
        return fields;
    }

    private static List<FieldChange> emotionFields(EmotionPoint before, EmotionPoint after) {
        List<FieldChange> fields = new ArrayList<>();
        field(fields, "score", before.score(), after.score());
        field(fields, "note", before.note(), after.note());
        return fields;
    }

    private static List<Object> emotionKey(EmotionPoint point) {
        return java.util.Arrays.asList(point.stageId(), point.personaId(), point.curve());
    }

    /** "Stage · CURRENT" or "Stage · CURRENT · Persona". */
    private static String emotionLabel(MapContent content, EmotionPoint point) {
        String label = stageName(content, point.stageId()) + " · " + point.curve();
        if (point.personaId() == null) {
            return label;
        }
        return content.personas().stream().filter(p -> p.id() == point.personaId()).findFirst()
                .map(persona -> label + " · " + persona.name()).orElse(label);
    }

    private static String stageName(MapContent content, long stageId) {
        return content.stages().stream().filter(s -> s.id() == stageId).map(Stage::name).findFirst().orElse(null);
    }

    private static String laneName(MapContent content, long laneId) {
        return content.lanes().stream().filter(l -> l.id() == laneId).map(Lane::name).findFirst().orElse(null);
    }

    /** The card's issue keys, sorted and comma separated; null when it has none. */
    private static String issueKeys(MapContent content, long cardId) {
        String keys = content.issueLinks().stream().filter(link -> link.cardId() == cardId).map(IssueLink::issueKey)
                .sorted().collect(Collectors.joining(", "));
        return keys.isEmpty() ? null : keys;
    }

    private static void field(List<FieldChange> fields, String name, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            fields.add(new FieldChange(name, before == null ? null : before.toString(),
                    after == null ? null : after.toString()));
        }
    }
}
