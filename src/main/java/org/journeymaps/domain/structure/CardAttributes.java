package org.journeymaps.domain.structure;

import org.journeymaps.domain.kernel.InvalidFieldException;
import org.journeymaps.domain.kernel.Limits;
import org.journeymaps.domain.kernel.TextField;

/**
 * The optional attributes of a card (all nullable). Which ones a card may carry depends on its lane's type:
 * see {@link LaneType#allows(CardField)}.
 */
public record CardAttributes(Channel channel, Severity severity, OpportunityStatus status, String ownerKey,
                             Rating impact, Rating effort, Evidence evidence) {

    public static final CardAttributes NONE = new CardAttributes(null, null, null, null, null, null, null);
    public static final TextField OWNER_KEY = TextField.optionalLine(CardField.OWNER_KEY.fieldName(), Limits.USER_KEY_LENGTH);

    public Object get(CardField field) {
        return switch (field) {
            case CHANNEL -> channel;
            case SEVERITY -> severity;
            case STATUS -> status;
            case OWNER_KEY -> ownerKey;
            case IMPACT -> impact;
            case EFFORT -> effort;
            case EVIDENCE -> evidence;
        };
    }

    /**
     * These attributes with the owner key normalised, if every attribute that is set is allowed on a lane of
     * {@code laneType}; otherwise an {@link InvalidFieldException} naming the first field that is not.
     */
    public CardAttributes validFor(LaneType laneType) {
        for (CardField field : CardField.values()) {
            if (get(field) != null && !laneType.allows(field)) {
                throw new InvalidFieldException(field.fieldName(), "is not allowed on a " + laneType + " lane");
            }
        }
        return new CardAttributes(channel, severity, status, OWNER_KEY.normalise(ownerKey), impact, effort, evidence);
    }

    /** These attributes without those a lane of {@code laneType} does not allow: what survives a move there. */
    public CardAttributes keepOnlyAllowedOn(LaneType laneType) {
        return new CardAttributes(
                laneType.allows(CardField.CHANNEL) ? channel : null,
                laneType.allows(CardField.SEVERITY) ? severity : null,
                laneType.allows(CardField.STATUS) ? status : null,
                laneType.allows(CardField.OWNER_KEY) ? ownerKey : null,
                laneType.allows(CardField.IMPACT) ? impact : null,
                laneType.allows(CardField.EFFORT) ? effort : null,
                laneType.allows(CardField.EVIDENCE) ? evidence : null);
    }
}
