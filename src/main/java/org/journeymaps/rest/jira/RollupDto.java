package org.journeymaps.rest.jira;

import java.util.List;
import org.journeymaps.domain.jira.Rollup;

/** "n of m pain points resolved", for the map and per stage. */
public record RollupDto(int resolved, int total, List<StageRollupDto> stages) {

    public record StageRollupDto(long stageId, int resolved, int total) {
    }

    public static RollupDto of(Rollup rollup) {
        return new RollupDto(rollup.resolved(), rollup.total(), rollup.stages().stream()
                .map(stage -> new StageRollupDto(stage.stageId(), stage.resolved(), stage.total())).toList());
    }
}
