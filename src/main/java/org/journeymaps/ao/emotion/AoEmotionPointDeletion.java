package org.journeymaps.ao.emotion;

import org.journeymaps.ao.comment.CommentRows;
import org.journeymaps.ao.kernel.AoValues;
import org.journeymaps.ao.kernel.Rows;
import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.journeymaps.app.emotion.EmotionPointDeletion;

/** Deletes one emotion point row and the comments anchored on it, inside the map write's transaction. */
@Named
public class AoEmotionPointDeletion implements EmotionPointDeletion {
    private final ActiveObjects ao;
    private final CommentRows comments;

    @Inject
    public AoEmotionPointDeletion(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
        this.comments = new CommentRows(new Rows(ao));
    }

    @Override
    public void deleteEmotion(long emotionId) {
        comments.deleteOfEmotion(emotionId);
        ao.deleteWithSQL(AoEmotion.class, "ID = ?", AoValues.key(emotionId));
    }
}
