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
import org.journeymaps.app.structure.LaneService;
import org.journeymaps.rest.structure.OrderRequest;
import org.journeymaps.rest.structure.NewLaneRequest;
import org.journeymaps.rest.structure.LaneDto;
import org.journeymaps.rest.structure.LanePatchRequest;

import java.util.List;

/** The lanes (columns) of a map. */
@Path("/maps/{mapId}/lanes")
@AnonymousSiteAccess
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LaneResource {

    private final LaneService lanes;

    @Inject
    public LaneResource(LaneService lanes) {
        this.lanes = lanes;
    }

    @POST
    public Response add(@PathParam("mapId") long mapId, NewLaneRequest body) {
        LaneDto lane = LaneDto.of(lanes.add(mapId, RequestBodies.required(body).toCommand()));
        return Response.status(Response.Status.CREATED).entity(lane).build();
    }

    @PATCH
    @Path("{laneId}")
    public LaneDto update(@PathParam("mapId") long mapId, @PathParam("laneId") long laneId,
                           LanePatchRequest body) {
        return LaneDto.of(lanes.update(mapId, laneId, RequestBodies.required(body).toCommand()));
    }

    @DELETE
    @Path("{laneId}")
    public Response delete(@PathParam("mapId") long mapId, @PathParam("laneId") long laneId) {
        lanes.delete(mapId, laneId);
        return Response.noContent().build();
    }

    @PUT
    @Path("order")
    public List<LaneDto> reorder(@PathParam("mapId") long mapId, OrderRequest body) {
        return lanes.reorder(mapId, RequestBodies.required(body).ids()).stream().map(LaneDto::of).toList();
    }
}
