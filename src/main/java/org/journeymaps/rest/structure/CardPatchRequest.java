package org.journeymaps.rest.structure;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.journeymaps.app.structure.CardPatch;
import org.journeymaps.domain.structure.CardAttributesPatch;
import org.journeymaps.domain.structure.Channel;
import org.journeymaps.domain.structure.Evidence;
import org.journeymaps.domain.structure.OpportunityStatus;
import org.journeymaps.domain.structure.Rating;
import org.journeymaps.domain.structure.Severity;

import java.util.Optional;

/**
 * Body of {@code PATCH /maps/{id}/cards/{cardId}}. A new stageId, laneId or position moves the card. For each
 * attribute: absent leaves it, {@code null} clears it, a value sets it. Fields, not a record: Jackson gives a
 * record's absent {@code Optional} parameter the empty value, which would clear instead of leave.
 */
@SuppressWarnings({"OptionalUsedAsFieldOrParameterType", "unused"}) // three states; fields set by Jackson
public final class CardPatchRequest {
    @JsonProperty private Long version;
    @JsonProperty private String text;
    @JsonProperty private Long stageId;
    @JsonProperty private Long laneId;
    @JsonProperty private Integer position;
    @JsonProperty private Optional<Channel> channel;
    @JsonProperty private Optional<Severity> severity;
    @JsonProperty private Optional<OpportunityStatus> status;
    @JsonProperty private Optional<String> ownerKey;
    @JsonProperty private Optional<Rating> impact;
    @JsonProperty private Optional<Rating> effort;
    @JsonProperty private Optional<Evidence> evidence;

    public CardPatch toCommand() {
        return new CardPatch(version, text, stageId, laneId, position,
                new CardAttributesPatch(channel, severity, status, ownerKey, impact, effort, evidence));
    }
}
