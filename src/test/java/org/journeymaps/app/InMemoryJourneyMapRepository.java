package org.journeymaps.app;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.journeymaps.app.emotion.EmotionPointDeletion;
import org.journeymaps.app.kernel.JourneyMapRepository;
import org.journeymaps.app.history.MapHistory;
import org.journeymaps.app.map.MapQuery;
import org.journeymaps.domain.structure.Card;
import org.journeymaps.domain.emotion.EmotionPoint;
import org.journeymaps.domain.map.JourneyMap;
import org.journeymaps.domain.map.JourneyState;
import org.journeymaps.domain.structure.Lane;
import org.journeymaps.domain.map.MapChange;
import org.journeymaps.domain.map.MapContent;
import org.journeymaps.domain.persona.Persona;
import org.journeymaps.domain.structure.Stage;
import org.journeymaps.domain.history.MapVersion;

/**
 * The repository port over plain maps, for use-case tests. Transactions are honest: a failed one restores the
 * state it started from, and writes outside a transaction are refused. Ids, like database sequences, are not
 * rolled back. It keeps the maps' versions too (the history port), in the same transactions. {@link #positionWrites} logs (non-empty) position updates so tests can check that only shifted rows are written.
 */
public final class InMemoryJourneyMapRepository implements JourneyMapRepository, EmotionPointDeletion, MapHistory {
    public final List<Map<Long, Integer>> positionWrites = new ArrayList<>();
    private State state = new State();
    private long lastId;
    private boolean inTransaction;

    private static final class State {
        final Map<Long, JourneyMap> maps = new LinkedHashMap<>();
        final Map<Long, Stage> stages = new LinkedHashMap<>();
        final Map<Long, Lane> lanes = new LinkedHashMap<>();
        final Map<Long, Card> cards = new LinkedHashMap<>();
        final Map<Long, EmotionPoint> emotions = new LinkedHashMap<>();
        final Map<Long, Persona> personas = new LinkedHashMap<>();
        final Set<List<Long>> links = new LinkedHashSet<>();
        final List<MapChange> changes = new ArrayList<>();
        final List<MapVersion> versions = new ArrayList<>();
        final Map<List<Long>, MapContent> snapshots = new LinkedHashMap<>();

        State copy() {
            State copy = new State();
            copy.maps.putAll(maps);
            copy.stages.putAll(stages);
            copy.lanes.putAll(lanes);
            copy.cards.putAll(cards);
            copy.emotions.putAll(emotions);
            copy.personas.putAll(personas);
            copy.links.addAll(links);
            copy.changes.addAll(changes);
            copy.versions.addAll(versions);
            copy.snapshots.putAll(snapshots);
            return copy;
        }
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        State before = state.copy();
        inTransaction = true;
        try {
            return work.get();
        } catch (RuntimeException e) {
            state = before;
            throw e;
        } finally {
            inTransaction = false;
        }
    }

    @Override
    public Optional<JourneyMap> findMap(long mapId) {
        return Optional.ofNullable(state.maps.get(mapId));
    }

    @Override
    public Optional<MapContent> loadContent(long mapId) {
        return findMap(mapId).map(map -> new MapContent(map, stagesOf(mapId), lanesOf(mapId),
                where(state.cards, card -> card.mapId() == mapId), where(state.emotions, e -> e.mapId() == mapId),
                personaIdsOfMap(mapId).stream().map(state.personas::get).toList(), List.of()));
    }

    @Override
    public List<JourneyMap> findMaps(MapQuery query, int offset, int limit) {
        return state.maps.values().stream()
                .filter(map -> query.pageId() == null || map.pageId() == query.pageId())
                .filter(map -> query.spaceKey() == null || map.spaceKey().equals(query.spaceKey()))
                .filter(map -> query.titleContains() == null || map.title().toLowerCase(Locale.ROOT)
                        .contains(query.titleContains().toLowerCase(Locale.ROOT)))
                .sorted(Comparator.comparing(JourneyMap::title).thenComparingLong(JourneyMap::id))
                .skip(offset).limit(limit).toList();
    }

    @Override
    public long insertMap(JourneyMap map) {
        return insert(state.maps, map.withId(++lastId)).id();
    }

    @Override
    public void updateMap(JourneyMap map) {
        JourneyMap stored = existing(state.maps, map.id());
        state.maps.put(map.id(), new JourneyMap(map.id(), map.pageId(), map.spaceKey(), map.title(),
                map.description(), map.state(), map.counterpartMapId(), map.ownerKey(), map.reviewDue(),
                stored.revision(), map.version(), stored.createdBy(), stored.createdAt(), stored.updatedBy(),
                stored.updatedAt()));
    }

    @Override
    public void deleteMap(long mapId) {
        requireTransaction();
        state.maps.remove(mapId);
        state.stages.values().removeIf(stage -> stage.mapId() == mapId);
        state.lanes.values().removeIf(lane -> lane.mapId() == mapId);
        state.cards.values().removeIf(card -> card.mapId() == mapId);
        state.emotions.values().removeIf(point -> point.mapId() == mapId);
        state.links.removeIf(link -> link.get(0) == mapId);
        state.changes.removeIf(change -> change.mapId() == mapId);
        state.versions.removeIf(version -> version.mapId() == mapId);
        state.snapshots.keySet().removeIf(key -> key.get(0) == mapId);
    }

    @Override
    public long nextRevision(long mapId, String authorKey, Instant at) {
        JourneyMap m = existing(state.maps, mapId);
        state.maps.put(mapId, new JourneyMap(m.id(), m.pageId(), m.spaceKey(), m.title(), m.description(), m.state(),
                m.counterpartMapId(), m.ownerKey(), m.reviewDue(), m.revision() + 1, m.version(), m.createdBy(),
                m.createdAt(), authorKey, at));
        return m.revision() + 1;
    }

    @Override
    public Optional<Stage> findStage(long stageId) {
        return Optional.ofNullable(state.stages.get(stageId));
    }

    @Override
    public List<Stage> stagesOf(long mapId) {
        return where(state.stages, stage -> stage.mapId() == mapId).stream()
                .sorted(Comparator.comparingInt(Stage::position)).toList();
    }

    @Override
    public long insertStage(Stage stage) {
        return insert(state.stages, stage.withId(++lastId)).id();
    }

    @Override
    public void updateStage(Stage stage) {
        existing(state.stages, stage.id());
        state.stages.put(stage.id(), stage);
    }

    @Override
    public void updateStagePositions(Map<Long, Integer> positions) {
        logPositionWrite(positions);
        positions.forEach((id, position) -> state.stages.put(id, existing(state.stages, id).withPosition(position)));
    }

    @Override
    public void deleteStage(long stageId) {
        existing(state.stages, stageId);
        state.stages.remove(stageId);
        state.cards.values().removeIf(card -> card.stageId() == stageId);
        state.emotions.values().removeIf(point -> point.stageId() == stageId);
    }

    @Override
    public Optional<Lane> findLane(long laneId) {
        return Optional.ofNullable(state.lanes.get(laneId));
    }

    @Override
    public List<Lane> lanesOf(long mapId) {
        return where(state.lanes, lane -> lane.mapId() == mapId).stream()
                .sorted(Comparator.comparingInt(Lane::position)).toList();
    }

    @Override
    public long insertLane(Lane lane) {
        return insert(state.lanes, lane.withId(++lastId)).id();
    }

    @Override
    public void updateLane(Lane lane) {
        existing(state.lanes, lane.id());
        state.lanes.put(lane.id(), lane);
    }

    @Override
    public void updateLanePositions(Map<Long, Integer> positions) {
        logPositionWrite(positions);
        positions.forEach((id, position) -> state.lanes.put(id, existing(state.lanes, id).withPosition(position)));
    }

    @Override
    public void deleteLane(long laneId) {
        existing(state.lanes, laneId);
        state.lanes.remove(laneId);
        state.cards.values().removeIf(card -> card.laneId() == laneId);
    }

    @Override
    public Optional<Card> findCard(long cardId) {
        return Optional.ofNullable(state.cards.get(cardId));
    }

    @Override
    public List<Card> cardsInCell(long stageId, long laneId) {
        return where(state.cards, card -> card.stageId() == stageId && card.laneId() == laneId).stream()
                .sorted(Comparator.comparingInt(Card::position)).toList();
    }

    @Override
    public List<Card> cardsInLane(long laneId) {
        return where(state.cards, card -> card.laneId() == laneId);
    }

    @Override
    public int countCards(long mapId) {
        return where(state.cards, card -> card.mapId() == mapId).size();
    }

    @Override
    public long insertCard(Card card) {
        return insert(state.cards, card.withId(++lastId)).id();
    }

    @Override
    public void updateCard(Card card) {
        existing(state.cards, card.id());
        state.cards.put(card.id(), card);
    }

    @Override
    public void updateCardPositions(Map<Long, Integer> positions) {
        logPositionWrite(positions);
        positions.forEach((id, position) -> state.cards.put(id, existing(state.cards, id).withPosition(position)));
    }

    @Override
    public void deleteCard(long cardId) {
        existing(state.cards, cardId);
        state.cards.remove(cardId);
    }

    @Override
    public Optional<EmotionPoint> findEmotion(long stageId, JourneyState curve, Long personaId) {
        return where(state.emotions, point -> point.stageId() == stageId && point.curve() == curve
                && Objects.equals(point.personaId(), personaId)).stream().findFirst();
    }

    @Override
    public long insertEmotion(EmotionPoint point) {
        return insert(state.emotions, point.withId(++lastId)).id();
    }

    @Override
    public void updateEmotion(EmotionPoint point) {
        existing(state.emotions, point.id());
        state.emotions.put(point.id(), point);
    }

    @Override
    public void deleteEmotion(long emotionId) {
        requireTransaction();
        existing(state.emotions, emotionId);
        state.emotions.remove(emotionId);
    }

    @Override
    public void deleteEmotionsOfPersona(long mapId, long personaId) {
        requireTransaction();
        state.emotions.values().removeIf(point -> point.mapId() == mapId && Objects.equals(point.personaId(), personaId));
    }

    @Override
    public Optional<Persona> findPersona(long personaId) {
        return Optional.ofNullable(state.personas.get(personaId));
    }

    @Override
    public List<Persona> personasOfSpace(String spaceKey) {
        return where(state.personas, persona -> persona.spaceKey().equals(spaceKey)).stream()
                .sorted(Comparator.comparing(Persona::name)).toList();
    }

    @Override
    public long insertPersona(Persona persona) {
        return insert(state.personas, persona.withId(++lastId)).id();
    }

    @Override
    public void updatePersona(Persona persona) {
        existing(state.personas, persona.id());
        state.personas.put(persona.id(), persona);
    }

    @Override
    public void deletePersona(long personaId) {
        existing(state.personas, personaId);
        state.personas.remove(personaId);
    }

    @Override
    public List<Long> personaIdsOfMap(long mapId) {
        return state.links.stream().filter(link -> link.get(0) == mapId).map(link -> link.get(1)).sorted()
                .toList();
    }

    @Override
    public List<Long> mapIdsOfPersona(long personaId) {
        return state.links.stream().filter(link -> link.get(1) == personaId).map(link -> link.get(0)).sorted()
                .toList();
    }

    @Override
    public void linkPersona(long mapId, long personaId) {
        requireTransaction();
        state.links.add(List.of(mapId, personaId));
    }

    @Override
    public void unlinkPersona(long mapId, long personaId) {
        requireTransaction();
        state.links.remove(List.of(mapId, personaId));
    }

    @Override
    public void appendChange(MapChange change) {
        requireTransaction();
        state.changes.add(change);
    }

    @Override
    public List<MapChange> changesSince(long mapId, long revision, int limit) {
        return state.changes.stream().filter(change -> change.mapId() == mapId && change.revision() > revision)
                .sorted(Comparator.comparingLong(MapChange::revision)).limit(limit).toList();
    }

    @Override
    public OptionalLong oldestKeptRevision(long mapId) {
        return state.changes.stream().filter(change -> change.mapId() == mapId).mapToLong(MapChange::revision).min();
    }

    /** What a retention job would do: forget the map's changes up to {@code revision}. */
    public void pruneChangesUpTo(long mapId, long revision) {
        state.changes.removeIf(change -> change.mapId() == mapId && change.revision() <= revision);
    }

    public List<MapChange> changesOf(long mapId) {
        return changesSince(mapId, 0, Integer.MAX_VALUE);
    }

    private void logPositionWrite(Map<Long, Integer> positions) {
        if (!positions.isEmpty()) {
            positionWrites.add(Map.copyOf(positions));
        }
    }

    private <T> T insert(Map<Long, T> table, T element) {
        requireTransaction();
        table.put(lastId, element);
        return element;
    }

    private <T> T existing(Map<Long, T> table, long id) {
        requireTransaction();
        T element = table.get(id);
        if (element == null) {
            throw new IllegalStateException("no row " + id);
        }
        return element;
    }

    private static <T> List<T> where(Map<Long, T> table, Predicate<T> condition) {
        return table.values().stream().filter(condition).toList();
    }

    private void requireTransaction() {
        if (!inTransaction) {
            throw new IllegalStateException("write outside a transaction");
        }
    }

    // ----- history

    @Override
    public void insertVersion(MapVersion version, MapContent snapshot) {
        requireTransaction();
        existing(state.maps, version.mapId());
        state.versions.add(version);
        state.snapshots.put(List.of(version.mapId(), (long) version.number()), snapshot);
    }

    @Override
    public Optional<MapVersion> latestVersion(long mapId) {
        return versions(mapId, 0, 1).stream().findFirst();
    }

    @Override
    public List<MapVersion> versions(long mapId, int offset, int limit) {
        return state.versions.stream().filter(v -> v.mapId() == mapId)
                .sorted(Comparator.comparingInt(MapVersion::number).reversed()).skip(offset).limit(limit).toList();
    }

    @Override
    public int countVersions(long mapId) {
        return (int) state.versions.stream().filter(v -> v.mapId() == mapId).count();
    }

    @Override
    public Optional<MapContent> snapshot(long mapId, int number) {
        return Optional.ofNullable(state.snapshots.get(List.of(mapId, (long) number)));
    }
}
