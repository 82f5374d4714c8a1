package org.journeymaps.app.history;

import org.journeymaps.app.persona.PersonaLinks;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.journeymaps.app.kernel.JourneyMapRepository;
import org.journeymaps.app.emotion.EmotionPointDeletion;
import org.journeymaps.domain.structure.Card;
import org.journeymaps.domain.emotion.EmotionPoint;
import org.journeymaps.domain.map.JourneyMap;
import org.journeymaps.domain.structure.Lane;
import org.journeymaps.domain.map.MapContent;
import org.journeymaps.domain.persona.Persona;
import org.journeymaps.domain.structure.Stage;
import org.journeymaps.domain.kernel.Versioned;

/**
 * Rewrites a map so its content equals a version's, writing only what differs. How ids are handled:
 * <ul>
 * <li>a stage, lane or card of the version that still exists in the map keeps its id (it is updated in place, its
 * {@code version} bumped if anything changed), so comments and Jira links on it stay attached;</li>
 * <li>one the map no longer has is inserted again under a new id (ids are never reused), and the cards and emotion
 * points of the version follow their stage and lane to the new ids; a re-created card comes back without Jira
 * links, whose rows went with the deleted card;</li>
 * <li>elements the map has and the version lacks are deleted, with what the repository deletes with them;</li>
 * <li>emotion points are matched by stage, persona and curve; personas are relinked if they are still in the
 * space's library (a persona deleted since is left out, with its points).</li>
 * </ul>
 * The map's own fields (title, description, state, owner, review date) are restored; its counterpart link is not,
 * as it is a relation between maps rather than content.
 */
final class MapRestorer {
    private final JourneyMapRepository repository;
    private final EmotionPointDeletion emotionDeletion;
    private final PersonaLinks personaLinks;

    MapRestorer(JourneyMapRepository repository, EmotionPointDeletion emotionDeletion) {
        this.repository = repository;
        this.emotionDeletion = emotionDeletion;
        this.personaLinks = new PersonaLinks(repository);
    }

    void restore(MapContent current, MapContent target) {
        JourneyMap map = restoreMapFields(current.map(), target.map());
        Set<Long> library = repository.personasOfSpace(map.spaceKey()).stream().map(Persona::id)
                .collect(Collectors.toSet());
        List<Long> personaIds = target.personas().stream().map(Persona::id).filter(library::contains).toList();
        personaLinks.replace(map, personaIds);
        long mapId = map.id();
        Map<Long, Long> stageIds = upsert(current.stages(), target.stages(),
                (s, version) -> new Stage(s.id(), mapId, s.name(), s.description(), s.phase(), s.position(), version),
                repository::insertStage, repository::updateStage, Stage::nextVersion);
        Map<Long, Long> laneIds = upsert(current.lanes(), target.lanes(),
                (l, version) -> new Lane(l.id(), mapId, l.name(), l.type(), l.position(), version),
                repository::insertLane, repository::updateLane, Lane::nextVersion);
        // Cards are moved or re-created where the version had them before stages and lanes go with theirs.
        Map<Long, Long> cardIds = upsert(current.cards(), target.cards(),
                (c, version) -> new Card(c.id(), mapId, stageIds.get(c.stageId()), laneIds.get(c.laneId()),
                        c.position(), c.text(), c.attributes(), version),
                repository::insertCard, repository::updateCard, Card::nextVersion);
        current.cards().stream().filter(c -> !cardIds.containsKey(c.id()))
                .forEach(c -> repository.deleteCard(c.id()));
        current.stages().stream().filter(s -> !stageIds.containsValue(s.id()))
                .forEach(s -> repository.deleteStage(s.id()));
        current.lanes().stream().filter(l -> !laneIds.containsValue(l.id()))
                .forEach(l -> repository.deleteLane(l.id()));
        restoreEmotions(current, target, stageIds, Set.copyOf(personaIds));
    }

    private JourneyMap restoreMapFields(JourneyMap now, JourneyMap then) {
        JourneyMap restored = new JourneyMap(now.id(), now.pageId(), now.spaceKey(), then.title(), then.description(),
                then.state(), now.counterpartMapId(), then.ownerKey(), then.reviewDue(), now.revision(),
                now.version(), now.createdBy(), now.createdAt(), now.updatedBy(), now.updatedAt());
        if (!restored.equals(now)) {
            restored = restored.nextVersion();
            repository.updateMap(restored);
        }
        return restored;
    }

    /**
     * Updates (when it differs) or re-inserts each element of the version, as {@code stored} makes it from the
     * version's element and the version the map's copy has (null: none); returns version id → id in the map now.
     */
    private static <E extends Versioned> Map<Long, Long> upsert(List<E> now, List<E> then,
                                                               BiFunction<E, Long, E> stored,
                                                               ToLongFunction<E> insert, Consumer<E> update,
                                                               UnaryOperator<E> nextVersion) {
        Map<Long, E> existing = now.stream().collect(Collectors.toMap(Versioned::id, e -> e));
        Map<Long, Long> ids = new HashMap<>();
        for (E element : then) {
            E present = existing.get(element.id());
            if (present == null) {
                ids.put(element.id(), insert.applyAsLong(stored.apply(element, Versioned.FIRST_VERSION)));
                continue;
            }
            ids.put(element.id(), element.id());
            E wanted = stored.apply(element, present.version());
            if (!wanted.equals(present)) {
                update.accept(nextVersion.apply(wanted));
            }
        }
        return ids;
    }

    private void restoreEmotions(MapContent current, MapContent target, Map<Long, Long> stageIds,
                                 Set<Long> personaIds) {
        Map<List<Object>, EmotionPoint> existing = new HashMap<>();
        current.emotions().stream()
                .filter(p -> stageIds.containsValue(p.stageId()))
                .filter(p -> p.personaId() == null || personaIds.contains(p.personaId()))
                .forEach(p -> existing.put(key(p.stageId(), p), p));
        for (EmotionPoint then : target.emotions()) {
            if (then.personaId() != null && !personaIds.contains(then.personaId())) {
                continue;
            }
            long stageId = stageIds.get(then.stageId());
            EmotionPoint now = existing.remove(key(stageId, then));
            if (now == null) {
                repository.insertEmotion(new EmotionPoint(Versioned.UNSAVED_ID, current.map().id(), stageId,
                        then.personaId(), then.curve(), then.score(), then.note(), EmotionPoint.FIRST_VERSION));
            } else if (now.score() != then.score() || !Objects.equals(now.note(), then.note())) {
                repository.updateEmotion(new EmotionPoint(now.id(), now.mapId(), stageId, now.personaId(),
                        now.curve(), then.score(), then.note(), now.version()).nextVersion());
            }
        }
        existing.values().forEach(point -> emotionDeletion.deleteEmotion(point.id()));
    }

    private static List<Object> key(long stageId, EmotionPoint point) {
        return Arrays.asList(stageId, point.personaId(), point.curve());
    }
}
