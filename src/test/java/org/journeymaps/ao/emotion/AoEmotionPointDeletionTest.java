package org.journeymaps.ao.emotion;

import org.journeymaps.ao.comment.AoCommentStore;
import org.journeymaps.ao.AoRepositoryTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import org.journeymaps.domain.comment.AnchorType;
import org.journeymaps.domain.comment.Comment;
import org.journeymaps.domain.emotion.EmotionPoint;
import org.journeymaps.domain.map.JourneyMap;
import org.journeymaps.domain.map.JourneyState;
import org.journeymaps.domain.structure.Stage;
import org.junit.jupiter.api.Test;

class AoEmotionPointDeletionTest extends AoRepositoryTest {

    @Test
    void deleteEmotion_shouldDeleteThatPointAndItsCommentsOnly() {
        JourneyMap map = newMap(100, "Achat");
        Stage stage = newStage(map.id(), "Payer", 0);
        long kept = inTransaction(() -> repository.insertEmotion(
                EmotionPoint.create(map.id(), stage.id(), null, JourneyState.CURRENT, 1, null)));
        long deleted = inTransaction(() -> repository.insertEmotion(
                EmotionPoint.create(map.id(), stage.id(), null, JourneyState.FUTURE, 2, null)));
        AoCommentStore comments = new AoCommentStore(ao);
        inTransaction(() -> comments.insert(comment(map.id(), kept)));
        inTransaction(() -> comments.insert(comment(map.id(), deleted)));

        inTransaction(() -> new AoEmotionPointDeletion(ao).deleteEmotion(deleted));

        assertThat(inTransaction(() -> repository.loadContent(map.id()).orElseThrow().emotions()))
                .extracting(EmotionPoint::id, EmotionPoint::curve).containsExactly(tuple(kept, JourneyState.CURRENT));
        assertThat(inTransaction(() -> comments.ofMap(map.id()))).extracting(Comment::anchorId).containsExactly(kept);
    }

    private static Comment comment(long mapId, long emotionId) {
        return Comment.thread(mapId, AnchorType.EMOTION, emotionId, "alice", "Pourquoi ?", List.of(),
                Instant.parse("2026-05-01T09:00:00Z"));
    }
}
