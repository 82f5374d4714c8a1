package org.journeymaps.rest.map;

import org.journeymaps.rest.structure.CardPatchRequest;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.journeymaps.app.map.MapPatch;
import org.journeymaps.domain.map.JourneyState;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Body of {@code PATCH /maps/{id}}: absent fields stay, {@code "reviewDue": null} clears the date and
 * {@code "counterpartMapId": null} the counterpart link. Fields, not a
 * record, for the same reason as {@link CardPatchRequest}.
 */
@SuppressWarnings({"OptionalUsedAsFieldOrParameterType", "unused"}) // three states; fields set by Jackson
public final class MapPatchRequest {
    @JsonProperty private Long version;
    @JsonProperty private String title;
    @JsonProperty private String description;
    @JsonProperty private JourneyState state;
    @JsonProperty private List<Long> personaIds;
    @JsonProperty private String ownerKey;
    @JsonProperty private Optional<LocalDate> reviewDue;
    @JsonProperty private Optional<Long> counterpartMapId;

    public MapPatch toCommand() {
        return new MapPatch(version, title, description, state, personaIds, ownerKey, reviewDue, counterpartMapId);
    }
}
