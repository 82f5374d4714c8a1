package org.journeymaps.rest.dto;

import org.journeymaps.app.StagePatch;

/** Body of {@code PATCH /maps/{id}/stages/{stageId}}; an empty description or phase clears it. */
public record StagePatchRequest(Long version, String name, String description, String phase) {

    public StagePatch toCommand() {
        return new StagePatch(version, name, description, phase);
    }
}
