package org.journeymaps.rest.structure;

import org.journeymaps.rest.kernel.RequestBodies;
import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.journeymaps.app.structure.StageService;
import org.journeymaps.rest.structure.OrderRequest;
import org.journeymaps.rest.structure.NewStageRequest;
import org.journeymaps.rest.structure.StageDto;
import org.journeymaps.rest.structure.StagePatchRequest;

import java.util.List;

/** The stages (columns) of a map. */
@Path("/maps/{mapId}/stages")
@AnonymousSiteAccess
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StageResource {

    private final StageService stages;

    @Inject
    public StageResource(StageService stages) {
        this.stages = stages;
    }

    @POST
    public Response add(@PathParam("mapId") long mapId, NewStageRequest body) {
        StageDto stage = StageDto.of(stages.add(mapId, RequestBodies.required(body).toCommand()));
        return Response.status(Response.Status.CREATED).entity(stage).build();
    }

    @PATCH
    @Path("{stageId}")
    public StageDto update(@PathParam("mapId") long mapId, @PathParam("stageId") long stageId,
                           StagePatchRequest body) {
        return StageDto.of(stages.update(mapId, stageId, RequestBodies.required(body).toCommand()));
    }

    @DELETE
    @Path("{stageId}")
    public Response delete(@PathParam("mapId") long mapId, @PathParam("stageId") long stageId) {
        stages.delete(mapId, stageId);
        return Response.noContent().build();
    }

    @PUT
    @Path("order")
    public List<StageDto> reorder(@PathParam("mapId") long mapId, OrderRequest body) {
        return stages.reorder(mapId, RequestBodies.required(body).ids()).stream().map(StageDto::of).toList();
    }
}
