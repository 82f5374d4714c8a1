package org.journeymaps.app.kernel;

import org.journeymaps.app.map.MapQuery;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.journeymaps.domain.structure.Card;
import org.journeymaps.domain.emotion.EmotionPoint;
import org.journeymaps.domain.map.JourneyMap;
import org.journeymaps.domain.map.JourneyState;
import org.journeymaps.domain.structure.Lane;
import org.journeymaps.domain.map.MapChange;
import org.journeymaps.domain.map.MapContent;
import org.journeymaps.domain.persona.Persona;
import org.journeymaps.domain.structure.Stage;

/**
 * Storage of maps, their elements, the space persona libraries and the change log. Writes go element by element:
 * an update writes exactly the element passed (all its fields, version included, as given: the use cases compute
 * versions), and position updates touch only the rows named. Lists of stages, lanes and cells' cards come ordered
 * by position. Inserts ignore the element's id and return the id assigned.
 */
public interface JourneyMapRepository {

    /** Runs {@code work} in one transaction, committed when it returns and rolled back when it throws. */
    <T> T inTransaction(Supplier<T> work);

    // ----- maps

    Optional<JourneyMap> findMap(long mapId);

    /** The whole map with one query per table; empty when the map does not exist. */
    Optional<MapContent> loadContent(long mapId);

    /** Maps matching {@code query}, ordered by title then id, {@code offset} and {@code limit} applied. */
    List<JourneyMap> findMaps(MapQuery query, int offset, int limit);

    long insertMap(JourneyMap map);

    /** Writes the map's own fields and version; revision and updated by/at are left to {@link #nextRevision}. */
    void updateMap(JourneyMap map);

    /** Deletes the map and everything of it: elements, persona links, comments, issue links, change log. */
    void deleteMap(long mapId);

    /**
     * Increments the map's revision, records {@code authorKey} (null when anonymous) and {@code at} as its last
     * update, and returns the new revision. Must be atomic, and must hold concurrent writers of the same map back
     * until this transaction ends (e.g. {@code UPDATE … SET REVISION = REVISION + 1}, whose row lock lasts until
     * commit, or a cluster lock per map released when the transaction ends): use cases call it first, so their
     * checks and writes on one map are serialised. The map must exist.
     */
    long nextRevision(long mapId, String authorKey, Instant at);

    // ----- stages

    Optional<Stage> findStage(long stageId);

    List<Stage> stagesOf(long mapId);

    long insertStage(Stage stage);

    void updateStage(Stage stage);

    /** Sets the positions of the stages named (id → position), nothing else. */
    void updateStagePositions(Map<Long, Integer> positions);

    /** Deletes the stage with its cards (their issue links and comments), its emotion points and its comments. */
    void deleteStage(long stageId);

    // ----- lanes

    Optional<Lane> findLane(long laneId);

    List<Lane> lanesOf(long mapId);

    long insertLane(Lane lane);

    void updateLane(Lane lane);

    void updateLanePositions(Map<Long, Integer> positions);

    /** Deletes the lane with its cards (their issue links and comments) and its comments. */
    void deleteLane(long laneId);

    // ----- cards

    Optional<Card> findCard(long cardId);

    /** The cards of one stage × lane cell, ordered by position. */
    List<Card> cardsInCell(long stageId, long laneId);

    List<Card> cardsInLane(long laneId);

    int countCards(long mapId);

    long insertCard(Card card);

    void updateCard(Card card);

    void updateCardPositions(Map<Long, Integer> positions);

    /** Deletes the card with its issue links and comments. */
    void deleteCard(long cardId);

    // ----- emotion points

    /** The point of one stage on one curve for one persona (null: the point without persona). */
    Optional<EmotionPoint> findEmotion(long stageId, JourneyState curve, Long personaId);

    long insertEmotion(EmotionPoint point);

    void updateEmotion(EmotionPoint point);

    /** Deletes the persona's emotion points on one map (and their comments). */
    void deleteEmotionsOfPersona(long mapId, long personaId);

    // ----- personas and their links to maps

    Optional<Persona> findPersona(long personaId);

    /** The space's personas ordered by name. */
    List<Persona> personasOfSpace(String spaceKey);

    long insertPersona(Persona persona);

    void updatePersona(Persona persona);

    /** Deletes the persona; the use cases unlink it from its maps first. */
    void deletePersona(long personaId);

    /** The ids of the personas linked to the map, in id order. */
    List<Long> personaIdsOfMap(long mapId);

    /** The ids of the maps linked to the persona, in id order. */
    List<Long> mapIdsOfPersona(long personaId);

    void linkPersona(long mapId, long personaId);

    void unlinkPersona(long mapId, long personaId);

    // ----- change log

    void appendChange(MapChange change);

    /** Up to {@code limit} changes with a revision above {@code revision}, oldest first. */
    List<MapChange> changesSince(long mapId, long revision, int limit);

    /** The lowest revision still in the map's change log; empty when none is kept. */
    OptionalLong oldestKeptRevision(long mapId);
}
