package org.journeymaps.domain.structure;

import java.util.EnumSet;
import java.util.Set;

/** The kind of row a lane is; it decides which card attributes its cards may carry. */
public enum LaneType {
    ACTIONS,
    TOUCHPOINTS(CardField.CHANNEL),
    CHANNELS(CardField.CHANNEL),
    THOUGHTS,
    EMOTIONS,
    PAIN_POINTS(CardField.SEVERITY),
    OPPORTUNITIES(CardField.STATUS, CardField.OWNER_KEY, CardField.IMPACT, CardField.EFFORT),
    BACKSTAGE,
    TEXT;

    private final Set<CardField> allowedFields;

    LaneType(CardField... specificFields) {
        // Evidence is meaningful for every card, whatever its lane.
        this.allowedFields = EnumSet.of(CardField.EVIDENCE, specificFields);
    }

    public boolean allows(CardField field) {
        return allowedFields.contains(field);
    }
}
