package org.journeymaps.rest.history;

import org.journeymaps.rest.kernel.QueryParams;
import org.journeymaps.rest.kernel.RequestBodies;
import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import org.journeymaps.app.jira.JiraDirectory;
import org.journeymaps.app.user.UserNames;
import org.journeymaps.app.map.MapView;
import org.journeymaps.app.history.VersionService;
import org.journeymaps.domain.kernel.InvalidFieldException;
import org.journeymaps.domain.history.MapVersion;
import org.journeymaps.rest.map.MapDto;
import org.journeymaps.rest.history.NewVersionRequest;
import org.journeymaps.rest.history.VersionComparisonDto;
import org.journeymaps.rest.history.VersionDto;
import org.journeymaps.rest.history.VersionListDto;

/** A map's history: versions listed, saved, opened (read-only, in the full Map's shape), compared and restored. */
@Path("/maps/{mapId}/versions")
@AnonymousSiteAccess
@Produces(MediaType.APPLICATION_JSON)
public class VersionResource {
    /** In {@code compare}, the map as it is now rather than a version. */
    static final String CURRENT = "current";
    private static final int DEFAULT_LIMIT = 25;

    private final VersionService versions;
    private final JiraDirectory jira;
    private final UserNames userNames;

    @Inject
    public VersionResource(VersionService versions, JiraDirectory jira, UserNames userNames) {
        this.versions = versions;
        this.jira = jira;
        this.userNames = userNames;
    }

    @GET
    public VersionListDto list(@PathParam("mapId") long mapId, @QueryParam("start") String start,
                               @QueryParam("limit") String limit) {
        return VersionListDto.of(versions.list(mapId, QueryParams.intOrDefault("start", start, 0),
                QueryParams.intOrDefault("limit", limit, DEFAULT_LIMIT)), userNames::displayName);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response save(@PathParam("mapId") long mapId, NewVersionRequest body, @Context UriInfo uriInfo) {
        MapVersion saved = versions.save(mapId, RequestBodies.required(body).label());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(saved.number())).build())
                .entity(VersionDto.of(saved, userNames::displayName)).build();
    }

    @GET
    @Path("compare")
    public VersionComparisonDto compare(@PathParam("mapId") long mapId, @QueryParam("from") String from,
                                        @QueryParam("to") String to) {
        return VersionComparisonDto.of(versions.compare(mapId, versionOrCurrent("from", from),
                versionOrCurrent("to", to)));
    }

    @GET
    @Path("{number}")
    public MapDto open(@PathParam("mapId") long mapId, @PathParam("number") String number) {
        return MapDto.of(versions.open(mapId, versionNumber("number", number)), jira.serverUrls(),
                userNames::displayNameOfName);
    }

    @POST
    @Path("{number}/restore")
    public Response restore(@PathParam("mapId") long mapId, @PathParam("number") String number) {
        MapView restored = versions.restore(mapId, versionNumber("number", number));
        return Response.ok(MapDto.of(restored, jira.serverUrls(), userNames::displayNameOfName))
                .tag(new EntityTag(String.valueOf(restored.content().map().revision()))).build();
    }

    /** A version number, or null for {@value #CURRENT}. */
    private static Integer versionOrCurrent(String name, String raw) {
        if (raw != null && raw.trim().toLowerCase(Locale.ROOT).equals(CURRENT)) {
            return null;
        }
        if (raw == null || raw.isBlank()) {
            throw new InvalidFieldException(name, "is required: a version number or " + CURRENT);
        }
        return versionNumber(name, raw);
    }

    private static int versionNumber(String name, String raw) {
        int number = QueryParams.intOrDefault(name, raw, 0);
        if (number < 1) {
            throw new InvalidFieldException(name, "must be a version number (1 or more)");
        }
        return number;
    }
}
