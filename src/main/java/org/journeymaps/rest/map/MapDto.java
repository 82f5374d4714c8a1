package org.journeymaps.rest.map;

import org.journeymaps.rest.branding.BrandingDto;
import org.journeymaps.rest.emotion.EmotionDto;
import org.journeymaps.rest.jira.RollupDto;
import org.journeymaps.rest.persona.PersonaRefDto;
import org.journeymaps.rest.structure.CardDto;
import org.journeymaps.rest.structure.LaneDto;
import org.journeymaps.rest.structure.StageDto;
import org.journeymaps.app.map.MapView;
import org.journeymaps.domain.jira.IssueLink;
import org.journeymaps.domain.map.JourneyMap;
import org.journeymaps.domain.map.JourneyState;
import org.journeymaps.domain.map.MapContent;
import org.journeymaps.domain.jira.Rollup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The full map: its own fields, its elements in order, and what the caller may do with it; {@code branding} is its
 * space's when enabled (only {@code GET /maps/{id}} fills it; null otherwise).
 */
public record MapDto(long id, long pageId, String spaceKey, String title, String description, JourneyState state,
                     Long counterpartMapId, long revision, long version, String owner, LocalDate reviewDue,
                     String createdBy, Instant createdAt, String updatedBy, Instant updatedAt,
                     List<PersonaRefDto> personas, List<StageDto> stages, List<LaneDto> lanes,
                     List<CardDto> cards, List<EmotionDto> emotions, PermissionsDto permissions,
                     RollupDto rollup, BrandingDto branding) {

    /**
     * {@code serverUrls}: each Jira server's base URL by id, for the issues' links; {@code ownerNames}: a card
     * owner's display name by user name.
     */
    public static MapDto of(MapView view, Map<String, String> serverUrls, UnaryOperator<String> ownerNames) {
        MapContent content = view.content();
        JourneyMap map = content.map();
        Map<Long, List<IssueLink>> linksByCard = content.issueLinks().stream()
                .collect(Collectors.groupingBy(IssueLink::cardId));
        return new MapDto(map.id(), map.pageId(), map.spaceKey(), map.title(), map.description(), map.state(),
                map.counterpartMapId(), map.revision(), map.version(), map.ownerKey(), map.reviewDue(),
                map.createdBy(), map.createdAt(), map.updatedBy(), map.updatedAt(),
                content.personas().stream().map(PersonaRefDto::of).toList(),
                content.stages().stream().map(StageDto::of).toList(),
                content.lanes().stream().map(LaneDto::of).toList(),
                content.cards().stream()
                        .map(card -> CardDto.of(card, linksByCard.getOrDefault(card.id(), List.of()), serverUrls,
                                ownerNames))
                        .toList(),
                content.emotions().stream().map(EmotionDto::of).toList(),
                PermissionsDto.of(view.permissions()), RollupDto.of(Rollup.of(content)), null);
    }

    public MapDto withBranding(BrandingDto newBranding) {
        return new MapDto(id, pageId, spaceKey, title, description, state, counterpartMapId, revision, version, owner,
                reviewDue, createdBy, createdAt, updatedBy, updatedAt, personas, stages, lanes, cards, emotions,
                permissions, rollup, newBranding);
    }
}
