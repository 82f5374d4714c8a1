package org.journeymaps.domain.counterpart;

/**
 * One stage of the overlaid emotion curves: its name (as the current map spells it, or the future map's when
 * only that one has it) and each map's score there (null where the map has no such stage or no point).
 */
public record AlignedStage(String name, Long currentStageId, Long futureStageId, Double currentScore,
                           Double futureScore) {
}
