package org.journeymaps.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.journeymaps.app.port.EmotionPointDeletion;

/** Deletes one emotion point row, inside the map write's transaction. */
@Named
public class AoEmotionPointDeletion implements EmotionPointDeletion {
    private final ActiveObjects ao;

    @Inject
    public AoEmotionPointDeletion(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public void deleteEmotion(long emotionId) {
        ao.deleteWithSQL(AoEmotion.class, "ID = ?", AoValues.key(emotionId));
    }
}
