package org.journeymaps.rest.structure;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;
import org.journeymaps.app.structure.StagePatch;

/**
 * Body of {@code PATCH /maps/{id}/stages/{stageId}}: an empty description clears it; the phase, absent, is left,
 * {@code null} or empty clears it. Fields, not a record: Jackson gives a record's absent {@code Optional} parameter
 * the empty value, which would clear instead of leave.
 */
@SuppressWarnings({"OptionalUsedAsFieldOrParameterType", "unused"}) // three states; fields set by Jackson
public final class StagePatchRequest {
    @JsonProperty private Long version;
    @JsonProperty private String name;
    @JsonProperty private String description;
    @JsonProperty private Optional<String> phase;

    public StagePatch toCommand() {
        return new StagePatch(version, name, description, phase == null ? null : phase.orElse(""));
    }
}
