package org.journeymaps.domain.jira;

import org.journeymaps.domain.map.MapContent;
import org.journeymaps.domain.structure.Card;
import org.journeymaps.domain.structure.Lane;
import org.journeymaps.domain.structure.LaneType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * "n of m pain points resolved", for the map and per stage: {@code total} counts the cards of PAIN_POINTS lanes;
 * {@code resolved} those with at least one linked issue and every linked issue done.
 */
public record Rollup(int resolved, int total, List<StageRollup> stages) {

    /** One stage's count, in stage order. */
    public record StageRollup(long stageId, int resolved, int total) {
    }

    public Rollup {
        stages = List.copyOf(stages);
    }

    public static Rollup of(MapContent content) {
        Set<Long> painLanes = content.lanes().stream().filter(lane -> lane.type() == LaneType.PAIN_POINTS)
                .map(Lane::id).collect(Collectors.toSet());
        Map<Long, List<IssueLink>> linksByCard = content.issueLinks().stream()
                .collect(Collectors.groupingBy(IssueLink::cardId));
        List<Card> painPoints = content.cards().stream().filter(card -> painLanes.contains(card.laneId())).toList();
        Predicate<Card> resolved = card -> {
            List<IssueLink> links = linksByCard.getOrDefault(card.id(), List.of());
            return !links.isEmpty() && links.stream().allMatch(IssueLink::isDone);
        };
        List<StageRollup> stages = content.stages().stream().map(stage -> {
            List<Card> ofStage = painPoints.stream().filter(card -> card.stageId() == stage.id()).toList();
            return new StageRollup(stage.id(), (int) ofStage.stream().filter(resolved).count(), ofStage.size());
        }).toList();
        return new Rollup((int) painPoints.stream().filter(resolved).count(), painPoints.size(), stages);
    }
}
