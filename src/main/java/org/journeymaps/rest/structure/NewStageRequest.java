package org.journeymaps.rest.structure;

import org.journeymaps.app.structure.NewStage;

/** Body of {@code POST /maps/{id}/stages}. */
public record NewStageRequest(String name, String description, String phase, Integer position) {

    public NewStage toCommand() {
        return new NewStage(name, description, phase, position);
    }
}
