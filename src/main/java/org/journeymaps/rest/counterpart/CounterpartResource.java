package org.journeymaps.rest.counterpart;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.journeymaps.app.counterpart.CounterpartService;
import org.journeymaps.rest.counterpart.CounterpartComparisonDto;

/** A map beside its counterpart in the other state: overlaid emotion curves and the pain points addressed. */
@Path("/maps/{mapId}/counterpart-comparison")
@AnonymousSiteAccess
@Produces(MediaType.APPLICATION_JSON)
public class CounterpartResource {

    private final CounterpartService counterparts;

    @Inject
    public CounterpartResource(CounterpartService counterparts) {
        this.counterparts = counterparts;
    }

    @GET
    public CounterpartComparisonDto compare(@PathParam("mapId") long mapId) {
        return CounterpartComparisonDto.of(counterparts.compare(mapId));
    }
}
