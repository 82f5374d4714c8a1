package org.journeymaps.rest;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.journeymaps.app.EmotionService;
import org.journeymaps.rest.dto.EmotionDto;
import org.journeymaps.rest.dto.EmotionRequest;

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
}
