package org.journeymaps.rest.presence;

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
import java.util.List;
import org.journeymaps.app.presence.PresenceService;
import org.journeymaps.rest.presence.PresenceDto;
import org.journeymaps.rest.presence.PresenceRequest;

/** Presence: an open tab's heartbeat (answered with who is there) and its goodbye when it closes. */
@Path("/maps/{mapId}/presence")
@AnonymousSiteAccess
@Produces(MediaType.APPLICATION_JSON)
public class PresenceResource {

    private final PresenceService presence;

    @Inject
    public PresenceResource(PresenceService presence) {
        this.presence = presence;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public List<PresenceDto> heartbeat(@PathParam("mapId") long mapId, PresenceRequest body) {
        PresenceRequest request = RequestBodies.required(body);
        return PresenceDto.of(presence.heartbeat(mapId, request.session(), request.isEditing()));
    }

    @DELETE
    public Response leave(@PathParam("mapId") long mapId, @QueryParam("session") String session) {
        presence.leave(mapId, session);
        return Response.noContent().build();
    }
}
