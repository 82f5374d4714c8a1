package org.journeymaps.rest.dto;

import org.journeymaps.app.StagePatch;

/** Body of {@code PATCH /maps/{id}/stages/{stageId}}; an empty description clears it. */
public record StagePatchRequest(Long version, String name, String description) {

    public StagePatch toCommand() {
        return new StagePatch(version, name, description);
    }
}
