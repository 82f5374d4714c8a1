package org.journeymaps.rest.structure;

import org.journeymaps.app.structure.NewCard;
import org.journeymaps.domain.structure.CardAttributes;
import org.journeymaps.domain.structure.Channel;
import org.journeymaps.domain.structure.Evidence;
import org.journeymaps.domain.structure.OpportunityStatus;
import org.journeymaps.domain.structure.Rating;
import org.journeymaps.domain.structure.Severity;

/** Body of {@code POST /maps/{id}/cards}; attributes must suit the lane's type. */
public record NewCardRequest(Long stageId, Long laneId, String text, Integer position, Channel channel,
                             Severity severity, OpportunityStatus status, String ownerKey, Rating impact,
                             Rating effort, Evidence evidence) {

    public NewCard toCommand() {
        return new NewCard(stageId, laneId, text, position,
                new CardAttributes(channel, severity, status, ownerKey, impact, effort, evidence));
    }
}
