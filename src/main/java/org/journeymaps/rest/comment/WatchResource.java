package org.journeymaps.rest.comment;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.journeymaps.app.comment.MapWatchers;
import org.journeymaps.rest.comment.WatchDto;

/** The caller's watch of a map: PUT to watch, DELETE to stop (even after taking part in it). */
@Path("/maps/{mapId}/watch")
@AnonymousSiteAccess
@Produces(MediaType.APPLICATION_JSON)
public class WatchResource {

    private final MapWatchers watchers;

    @Inject
    public WatchResource(MapWatchers watchers) {
        this.watchers = watchers;
    }

    @GET
    public WatchDto get(@PathParam("mapId") long mapId) {
        return new WatchDto(watchers.isWatching(mapId));
    }

    @PUT
    public WatchDto watch(@PathParam("mapId") long mapId) {
        return new WatchDto(watchers.setWatching(mapId, true));
    }

    @DELETE
    public WatchDto unwatch(@PathParam("mapId") long mapId) {
        return new WatchDto(watchers.setWatching(mapId, false));
    }
}
