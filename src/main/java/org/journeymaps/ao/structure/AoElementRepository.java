package org.journeymaps.ao.structure;

import org.journeymaps.ao.comment.CommentRows;
import org.journeymaps.ao.emotion.EmotionRows;
import org.journeymaps.ao.jira.IssueLinkRows;
import org.journeymaps.ao.kernel.Rows;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.journeymaps.app.kernel.JourneyMapRepository;
import org.journeymaps.domain.structure.Card;
import org.journeymaps.domain.emotion.EmotionPoint;
import org.journeymaps.domain.map.JourneyState;
import org.journeymaps.domain.structure.Lane;
import org.journeymaps.domain.structure.Stage;

/**
 * The map elements' part of the repository port: stages, lanes, cards and emotion points, each routed to its rows.
 * Deleting an element first deletes the comments anchored on it and on what goes with it.
 */
public abstract class AoElementRepository implements JourneyMapRepository {
    protected final Rows rows;
    protected final IssueLinkRows issueLinks;
    protected final CardRows cards;
    protected final StageRows stages;
    protected final LaneRows lanes;
    protected final EmotionRows emotions;
    protected final CommentRows comments;

    public AoElementRepository(Rows rows) {
        this.rows = rows;
        this.issueLinks = new IssueLinkRows(rows);
        this.cards = new CardRows(rows, issueLinks);
        this.stages = new StageRows(rows, cards);
        this.lanes = new LaneRows(rows, cards);
        this.emotions = new EmotionRows(rows);
        this.comments = new CommentRows(rows);
    }

    @Override
    public Optional<Stage> findStage(long stageId) {
        return stages.find(stageId);
    }

    @Override
    public List<Stage> stagesOf(long mapId) {
        return stages.ofMap(mapId);
    }

    @Override
    public long insertStage(Stage stage) {
        return stages.insert(stage);
    }

    @Override
    public void updateStage(Stage stage) {
        stages.update(stage);
    }

    @Override
    public void updateStagePositions(Map<Long, Integer> positions) {
        stages.updatePositions(positions);
    }

    @Override
    public void deleteStage(long stageId) {
        comments.deleteOfStage(stageId);
        stages.delete(stageId);
    }

    @Override
    public Optional<Lane> findLane(long laneId) {
        return lanes.find(laneId);
    }

    @Override
    public List<Lane> lanesOf(long mapId) {
        return lanes.ofMap(mapId);
    }

    @Override
    public long insertLane(Lane lane) {
        return lanes.insert(lane);
    }

    @Override
    public void updateLane(Lane lane) {
        lanes.update(lane);
    }

    @Override
    public void updateLanePositions(Map<Long, Integer> positions) {
        lanes.updatePositions(positions);
    }

    @Override
    public void deleteLane(long laneId) {
        comments.deleteOfLane(laneId);
        lanes.delete(laneId);
    }

    @Override
    public Optional<Card> findCard(long cardId) {
        return cards.find(cardId);
    }

    @Override
    public List<Card> cardsInCell(long stageId, long laneId) {
        return cards.inCell(stageId, laneId);
    }

    @Override
    public List<Card> cardsInLane(long laneId) {
        return cards.inLane(laneId);
    }

    @Override
    public int countCards(long mapId) {
        return cards.count(mapId);
    }

    @Override
    public long insertCard(Card card) {
        return cards.insert(card);
    }

    @Override
    public void updateCard(Card card) {
        cards.update(card);
    }

    @Override
    public void updateCardPositions(Map<Long, Integer> positions) {
        cards.updatePositions(positions);
    }

    @Override
    public void deleteCard(long cardId) {
        comments.deleteOfCard(cardId);
        cards.delete(cardId);
    }

    @Override
    public Optional<EmotionPoint> findEmotion(long stageId, JourneyState curve, Long personaId) {
        return emotions.find(stageId, curve, personaId);
    }

    @Override
    public long insertEmotion(EmotionPoint point) {
        return emotions.insert(point);
    }

    @Override
    public void updateEmotion(EmotionPoint point) {
        emotions.update(point);
    }

    @Override
    public void deleteEmotionsOfPersona(long mapId, long personaId) {
        comments.deleteOfPersonaEmotions(mapId, personaId);
        emotions.deleteOfPersona(mapId, personaId);
    }
}
