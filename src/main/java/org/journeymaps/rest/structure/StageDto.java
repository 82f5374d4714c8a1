package org.journeymaps.rest.structure;

import org.journeymaps.domain.structure.Stage;

/** A stage (column) as the API shows it; {@code phase} is null outside any phase. */
public record StageDto(long id, String name, String description, String phase, int position, long version) {

    public static StageDto of(Stage stage) {
        return new StageDto(stage.id(), stage.name(), stage.description(), stage.phase(), stage.position(),
                stage.version());
    }
}
