package org.journeymaps.rest.emotion;

import org.journeymaps.rest.kernel.QueryParams;
import org.journeymaps.rest.kernel.RequestBodies;
import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.journeymaps.app.emotion.EmotionService;
import org.journeymaps.domain.kernel.InvalidFieldException;
import org.journeymaps.domain.map.JourneyState;
import org.journeymaps.rest.emotion.EmotionDto;
import org.journeymaps.rest.emotion.EmotionRequest;

/** The emotion curve: one score per stage, per curve and optionally per persona. */
@Path("/maps/{mapId}/emotions")
@AnonymousSiteAccess
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EmotionResource {

    private final EmotionService emotions;

    @Inject
    public EmotionResource(EmotionService emotions) {
        this.emotions = emotions;
    }

    @PUT
    @Path("{stageId}")
    public EmotionDto put(@PathParam("mapId") long mapId, @PathParam("stageId") long stageId, EmotionRequest body) {
        return EmotionDto.of(emotions.put(mapId, stageId, RequestBodies.required(body).toCommand()));
    }

    /** Clears a point: {@code curve} and {@code version} are required, {@code personaId} picks a persona's curve. */
    @DELETE
    @Path("{stageId}")
    public Response delete(@PathParam("mapId") long mapId, @PathParam("stageId") long stageId,
                           @QueryParam("curve") String curve, @QueryParam("personaId") String personaId,
                           @QueryParam("version") String version) {
        emotions.delete(mapId, stageId, curveOf(curve), QueryParams.optionalLong("personaId", personaId),
                QueryParams.requiredLong("version", version));
        return Response.noContent().build();
    }

    private static JourneyState curveOf(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidFieldException("curve", "is required");
        }
        try {
            return JourneyState.valueOf(raw.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("curve", "must be CURRENT or FUTURE");
        }
    }
}
