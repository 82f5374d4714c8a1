package org.journeymaps.app.emotion;

/** Removes a single point of an emotion curve (the map repository removes points only with their stage or persona). */
public interface EmotionPointDeletion {

    /** Deletes the point with this id; the caller has checked it belongs to the map it writes. */
    void deleteEmotion(long emotionId);
}
