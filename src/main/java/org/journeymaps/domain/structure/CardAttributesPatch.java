package org.journeymaps.domain.structure;

import org.journeymaps.domain.kernel.InvalidFieldException;
import java.util.Optional;

/**
 * A change of card attributes with three states per field: null leaves the field unchanged,
 * {@code Optional.empty()} clears it, a value sets it (an empty owner key clears it too).
 */
@SuppressWarnings("OptionalUsedAsFieldOrParameterType") // the three states are the point of this type
public record CardAttributesPatch(Optional<Channel> channel, Optional<Severity> severity,
                                  Optional<OpportunityStatus> status, Optional<String> ownerKey,
                                  Optional<Rating> impact, Optional<Rating> effort, Optional<Evidence> evidence) {

    public static final CardAttributesPatch NONE = new CardAttributesPatch(null, null, null, null, null, null, null);

    /**
     * {@code base} with this patch applied, for a card on a lane of {@code laneType}. Setting a field that lane
     * does not allow is an {@link InvalidFieldException} naming the field; clearing one is always fine.
     */
    public CardAttributes applyTo(CardAttributes base, LaneType laneType) {
        new CardAttributes(valueOf(channel), valueOf(severity), valueOf(status), valueOf(ownerKey),
                valueOf(impact), valueOf(effort), valueOf(evidence)).validFor(laneType);
        return new CardAttributes(
                pick(channel, base.channel()),
                pick(severity, base.severity()),
                pick(status, base.status()),
                ownerKey == null ? base.ownerKey() : CardAttributes.OWNER_KEY.normalise(ownerKey.orElse(null)),
                pick(impact, base.impact()),
                pick(effort, base.effort()),
                pick(evidence, base.evidence()));
    }

    private static <T> T valueOf(Optional<T> change) {
        return change == null ? null : change.orElse(null);
    }

    private static <T> T pick(Optional<T> change, T current) {
        return change == null ? current : change.orElse(null);
    }
}
