package org.journeymaps.rest.structure;

import org.journeymaps.rest.jira.IssueDto;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.journeymaps.domain.structure.Card;
import org.journeymaps.domain.structure.CardAttributes;
import org.journeymaps.domain.structure.Channel;
import org.journeymaps.domain.structure.Evidence;
import org.journeymaps.domain.jira.IssueLink;
import org.journeymaps.domain.structure.OpportunityStatus;
import org.journeymaps.domain.structure.Rating;
import org.journeymaps.domain.structure.Severity;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A card as the API shows it; attributes its lane type does not use are left out, and so are its Jira
 * {@code issues} in answers about the card alone (the map's full form carries them). {@code ownerName} is the
 * read-only display name of the {@code ownerKey} user (a user name).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CardDto(long id, long stageId, long laneId, int position, String text, long version,
                      Channel channel, Severity severity, OpportunityStatus status, String ownerKey,
                      String ownerName, Rating impact, Rating effort, Evidence evidence, List<IssueDto> issues) {

    public static CardDto of(Card card) {
        return of(card, null, Map.of(), name -> null);
    }

    /** A card alone, with its owner's display name from {@code ownerNames} (user name → display name or null). */
    public static CardDto of(Card card, UnaryOperator<String> ownerNames) {
        return of(card, null, Map.of(), ownerNames);
    }

    /**
     * {@code serverUrls}: each Jira server's base URL by id, for the issues' links; {@code ownerNames}: the owner's
     * display name by user name (null when unknown).
     */
    public static CardDto of(Card card, List<IssueLink> links, Map<String, String> serverUrls,
                             UnaryOperator<String> ownerNames) {
        CardAttributes a = card.attributes();
        String ownerName = a.ownerKey() == null ? null : ownerNames.apply(a.ownerKey());
        return new CardDto(card.id(), card.stageId(), card.laneId(), card.position(), card.text(), card.version(),
                a.channel(), a.severity(), a.status(), a.ownerKey(), ownerName, a.impact(), a.effort(), a.evidence(),
                links == null ? null : links.stream().map(link -> IssueDto.of(link, serverUrls)).toList());
    }
}
