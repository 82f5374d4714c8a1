package org.journeymaps.rest.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.journeymaps.domain.Card;
import org.journeymaps.domain.CardAttributes;
import org.journeymaps.domain.Channel;
import org.journeymaps.domain.Evidence;
import org.journeymaps.domain.IssueLink;
import org.journeymaps.domain.OpportunityStatus;
import org.journeymaps.domain.Rating;
import org.journeymaps.domain.Severity;

import java.util.List;
import java.util.Map;

/**
 * A card as the API shows it; attributes its lane type does not use are left out, and so are its Jira
 * {@code issues} in answers about the card alone (the map's full form carries them).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CardDto(long id, long stageId, long laneId, int position, String text, long version,
                      Channel channel, Severity severity, OpportunityStatus status, String ownerKey,
                      Rating impact, Rating effort, Evidence evidence, List<IssueDto> issues) {

    public static CardDto of(Card card) {
        return of(card, null, Map.of());
    }

    /** {@code serverUrls}: each Jira server's base URL by id, for the issues' links. */
    public static CardDto of(Card card, List<IssueLink> links, Map<String, String> serverUrls) {
        CardAttributes a = card.attributes();
        return new CardDto(card.id(), card.stageId(), card.laneId(), card.position(), card.text(), card.version(),
                a.channel(), a.severity(), a.status(), a.ownerKey(), a.impact(), a.effort(), a.evidence(),
                links == null ? null : links.stream().map(link -> IssueDto.of(link, serverUrls)).toList());
    }
}
