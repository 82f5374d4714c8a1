package org.journeymaps.domain.counterpart;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.journeymaps.domain.structure.Card;
import org.journeymaps.domain.emotion.EmotionPoint;
import org.journeymaps.domain.map.JourneyMap;
import org.journeymaps.domain.structure.Lane;
import org.journeymaps.domain.structure.LaneType;
import org.journeymaps.domain.map.MapContent;
import org.journeymaps.domain.structure.Stage;

/**
 * A current map beside its future counterpart.
 *
 * <p><b>Curves.</b> Stages are aligned by normalised name ({@link Normalised}): the current map's stages in their
 * order, then the future map's stages the current one lacks. A map's score at a stage is the mean of its emotion
 * points there on the curve of the map's own state (the general audience and every persona alike).
 *
 * <p><b>Addressed pain points.</b> A pain point of the current map (a card in a PAIN_POINTS lane) is addressed
 * unless the future map still lists it: a card in one of its PAIN_POINTS lanes, in a stage of the same normalised
 * name, with the same normalised text. Everything else is addressed, including pain points of a stage the future
 * journey no longer has. Pain points are compared only when the maps describe the same journey: when at least half
 * of the current map's stages have a future stage of the same name ({@link #stagesMatch()}); otherwise every pain
 * point would count as addressed, so neither list holds any.
 */
public record CounterpartComparison(JourneyMap current, JourneyMap future, List<AlignedStage> stages,
                                    List<PainPoint> addressed, List<PainPoint> remaining) {

    public CounterpartComparison {
        stages = List.copyOf(stages);
        addressed = List.copyOf(addressed);
        remaining = List.copyOf(remaining);
    }

    public static CounterpartComparison of(MapContent current, MapContent future) {
        List<AlignedStage> stages = align(current, future);
        List<PainPoint> addressed = new ArrayList<>();
        List<PainPoint> remaining = new ArrayList<>();
        if (stagesMatch(stages)) {
            Set<String> stillListed = painPointKeys(future);
            for (PainPoint pain : painPoints(current)) {
                boolean listed = stillListed.contains(keyOf(pain));
                (listed ? remaining : addressed).add(pain);
            }
        }
        return new CounterpartComparison(current.map(), future.map(), stages, addressed, remaining);
    }

    /** Whether at least half of the current map's stages (by distinct name) have a future stage of that name. */
    public boolean stagesMatch() {
        return stagesMatch(stages);
    }

    /** How many of the current map's stages (by distinct name) the future map has too. */
    public long matchingStages() {
        return matching(stages);
    }

    /** How many stages (by distinct name) the current map has. */
    public long currentStages() {
        return ofCurrent(stages);
    }

    private static boolean stagesMatch(List<AlignedStage> stages) {
        return 2 * matching(stages) >= ofCurrent(stages);
    }

    private static long matching(List<AlignedStage> stages) {
        return stages.stream().filter(stage -> stage.currentStageId() != null && stage.futureStageId() != null).count();
    }

    private static long ofCurrent(List<AlignedStage> stages) {
        return stages.stream().filter(stage -> stage.currentStageId() != null).count();
    }

    private static List<AlignedStage> align(MapContent current, MapContent future) {
        Map<String, Stage> futureStages = new LinkedHashMap<>();
        future.stages().forEach(stage -> futureStages.putIfAbsent(Normalised.of(stage.name()), stage));
        List<AlignedStage> aligned = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Stage stage : current.stages()) {
            String key = Normalised.of(stage.name());
            if (!seen.add(key)) {
                continue; // a second stage of the same name in one map has nothing to align with
            }
            Stage match = futureStages.get(key);
            aligned.add(new AlignedStage(stage.name(), stage.id(), match == null ? null : match.id(),
                    score(current, stage), match == null ? null : score(future, match)));
        }
        futureStages.forEach((key, stage) -> {
            if (!seen.contains(key)) {
                aligned.add(new AlignedStage(stage.name(), null, stage.id(), null, score(future, stage)));
            }
        });
        return aligned;
    }

    /** The mean score of the map's points at {@code stage} on the curve of the map's state; null when none. */
    private static Double score(MapContent content, Stage stage) {
        OptionalDouble mean = content.emotions().stream()
                .filter(point -> point.stageId() == stage.id() && point.curve() == content.map().state())
                .mapToInt(EmotionPoint::score).average();
        return mean.isPresent() ? mean.getAsDouble() : null;
    }

    private static List<PainPoint> painPoints(MapContent content) {
        Set<Long> painLanes = new HashSet<>();
        content.lanes().stream().filter(lane -> lane.type() == LaneType.PAIN_POINTS).map(Lane::id)
                .forEach(painLanes::add);
        Map<Long, String> stageNames = new LinkedHashMap<>();
        content.stages().forEach(stage -> stageNames.put(stage.id(), stage.name()));
        List<PainPoint> pains = new ArrayList<>();
        for (Card card : content.cards()) {
            if (painLanes.contains(card.laneId())) {
                pains.add(new PainPoint(card.id(), stageNames.get(card.stageId()), card.text(),
                        card.attributes().severity()));
            }
        }
        return pains;
    }

    private static Set<String> painPointKeys(MapContent content) {
        Set<String> keys = new HashSet<>();
        painPoints(content).forEach(pain -> keys.add(keyOf(pain)));
        return keys;
    }

    /** Where and what: the normalised stage name and text. */
    private static String keyOf(PainPoint pain) {
        return Normalised.of(pain.stageName()) + "\n" + Normalised.of(pain.text());
    }
}
