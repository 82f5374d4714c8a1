package org.journeymaps.domain.kernel;

/** Every size and count limit of the model, in one place (rest-api.md "Limits"). */
public final class Limits {
    public static final int TITLE_LENGTH = 255;
    public static final int NAME_LENGTH = 255;
    public static final int USER_KEY_LENGTH = 255;
    public static final int DESCRIPTION_LENGTH = 2_000;
    public static final int PHASE_LENGTH = 100;
    public static final int CARD_TEXT_LENGTH = 2_000;
    public static final int NOTE_LENGTH = 2_000;
    public static final int PERSONA_TEXT_LENGTH = 2_000;
    public static final int COMMENT_LENGTH = 10_000;

    public static final int MAX_STAGES = 60;
    public static final int MAX_LANES = 30;
    public static final int MAX_CARDS = 5_000;

    public static final int MIN_SCORE = -2;
    public static final int MAX_SCORE = 2;

    private Limits() {
    }

    /** Throws unless a collection that holds {@code count} elements may take one more. */
    public static void requireRoomForOneMore(String field, int count, int max) {
        if (count >= max) {
            throw new LimitExceededException(field, max);
        }
    }
}
