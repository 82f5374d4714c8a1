package org.journeymaps.rest.dto;

import org.journeymaps.app.NewCard;
import org.journeymaps.domain.CardAttributes;
import org.journeymaps.domain.Channel;
import org.journeymaps.domain.Evidence;
import org.journeymaps.domain.OpportunityStatus;
import org.journeymaps.domain.Rating;
import org.journeymaps.domain.Severity;

/** Body of {@code POST /maps/{id}/cards}; attributes must suit the lane's type. */
public record NewCardRequest(Long stageId, Long laneId, String text, Integer position, Channel channel,
                             Severity severity, OpportunityStatus status, String ownerKey, Rating impact,
                             Rating effort, Evidence evidence) {

    public NewCard toCommand() {
        return new NewCard(stageId, laneId, text, position,
                new CardAttributes(channel, severity, status, ownerKey, impact, effort, evidence));
    }
}
