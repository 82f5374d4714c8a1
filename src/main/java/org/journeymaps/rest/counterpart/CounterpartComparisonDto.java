package org.journeymaps.rest.counterpart;

import org.journeymaps.rest.structure.StageDto;
import java.util.List;
import org.journeymaps.domain.map.JourneyMap;
import org.journeymaps.domain.map.JourneyState;
import org.journeymaps.domain.structure.Severity;
import org.journeymaps.domain.counterpart.AlignedStage;
import org.journeymaps.domain.counterpart.CounterpartComparison;
import org.journeymaps.domain.counterpart.PainPoint;

/**
 * {@code GET /maps/{id}/counterpart-comparison}: the current and the future map, their emotion curves aligned by
 * stage name, and the current map's pain points the future one addresses or still lists (both empty when fewer
 * than half of the current stages have a future stage of the same name: {@code stagesMatch} is then false).
 */
public record CounterpartComparisonDto(MapRefDto current, MapRefDto future, List<StageDto> stages,
                                       boolean stagesMatch, long matchingStages, long currentStages,
                                       List<PainPointDto> addressed, List<PainPointDto> remaining) {

    public static CounterpartComparisonDto of(CounterpartComparison comparison) {
        return new CounterpartComparisonDto(MapRefDto.of(comparison.current()), MapRefDto.of(comparison.future()),
                comparison.stages().stream().map(StageDto::of).toList(),
                comparison.stagesMatch(), comparison.matchingStages(), comparison.currentStages(),
                comparison.addressed().stream().map(PainPointDto::of).toList(),
                comparison.remaining().stream().map(PainPointDto::of).toList());
    }

    public record MapRefDto(long id, String title, JourneyState state, long revision) {
        static MapRefDto of(JourneyMap map) {
            return new MapRefDto(map.id(), map.title(), map.state(), map.revision());
        }
    }

    /** One aligned stage; a score is the mean of the map's points there (null: none, or no such stage). */
    public record StageDto(String name, Long currentStageId, Long futureStageId, Double current, Double future) {
        static StageDto of(AlignedStage stage) {
            return new StageDto(stage.name(), stage.currentStageId(), stage.futureStageId(), stage.currentScore(),
                    stage.futureScore());
        }
    }

    public record PainPointDto(long cardId, String stage, String text, Severity severity) {
        static PainPointDto of(PainPoint pain) {
            return new PainPointDto(pain.cardId(), pain.stageName(), pain.text(), pain.severity());
        }
    }
}
