package org.journeymaps.rest.map;

import org.journeymaps.rest.kernel.QueryParams;
import org.journeymaps.rest.kernel.RequestBodies;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.sal.api.message.LocaleResolver;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.journeymaps.app.branding.BrandingService;
import org.journeymaps.app.jira.JiraDirectory;
import org.journeymaps.app.user.UserNames;
import org.journeymaps.app.map.MapService;
import org.journeymaps.app.template.MapTemplateService;
import org.journeymaps.app.map.MapView;
import org.journeymaps.app.presence.PresenceService;
import org.journeymaps.app.map.MapQuery;
import org.journeymaps.rest.branding.BrandingDto;
import org.journeymaps.rest.map.ChangeFeedDto;
import org.journeymaps.rest.map.MapDto;
import org.journeymaps.rest.map.MapListDto;
import org.journeymaps.rest.map.MapPatchRequest;
import org.journeymaps.rest.map.NewMapRequest;
import org.journeymaps.rest.presence.PresenceDto;

/**
 * Maps: list, create (blank, laid out, or from a built-in template in the caller's language), read (with its
 * revision as ETag), change, delete, and the feed of changes.
 */
@Path("/maps")
@AnonymousSiteAccess
@Produces(MediaType.APPLICATION_JSON)
public class MapResource {

    private static final int DEFAULT_LIMIT = 25;

    private final MapService maps;
    private final MapTemplateService templates;
    private final LocaleResolver locales;
    private final PresenceService presence;
    private final JiraDirectory jira;
    private final UserNames userNames;
    private final BrandingService brandings;

    @Inject
    public MapResource(MapService maps, MapTemplateService templates, @ComponentImport LocaleResolver locales,
                       PresenceService presence, JiraDirectory jira, UserNames userNames,
                       BrandingService brandings) {
        this.maps = maps;
        this.templates = templates;
        this.locales = locales;
        this.presence = presence;
        this.jira = jira;
        this.userNames = userNames;
        this.brandings = brandings;
    }

    @GET
    public MapListDto list(@QueryParam("pageId") String pageId, @QueryParam("spaceKey") String spaceKey,
                           @QueryParam("q") String q, @QueryParam("start") String start,
                           @QueryParam("limit") String limit) {
        MapQuery query = new MapQuery(QueryParams.optionalLong("pageId", pageId), spaceKey, q);
        return MapListDto.of(maps.list(query, QueryParams.intOrDefault("start", start, 0),
                QueryParams.intOrDefault("limit", limit, DEFAULT_LIMIT)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewMapRequest body, @Context UriInfo uriInfo) {
        NewMapRequest request = RequestBodies.required(body);
        MapView created = request.templateId() == null ? maps.create(request.toCommand())
                : templates.create(request.toCommand(), request.templateId(), locales.getLocale());
        long id = created.content().map().id();
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(id)).build())
                .tag(etagOf(created))
                .entity(MapDto.of(created, jira.serverUrls(), userNames::displayNameOfName))
                .build();
    }

    @GET
    @Path("{mapId}")
    public Response get(@PathParam("mapId") long mapId, @Context Request request) {
        MapView view = maps.get(mapId);
        EntityTag etag = etagOf(view);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(etag);
        if (notModified != null) {
            return notModified.build();
        }
        BrandingDto branding = brandings.activeFor(view.content().map().spaceKey())
                .map(active -> BrandingDto.of(active, brandings.logoUrl(active))).orElse(null);
        return Response.ok(MapDto.of(view, jira.serverUrls(), userNames::displayNameOfName).withBranding(branding))
                .tag(etag).build();
    }

    @PATCH
    @Path("{mapId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("mapId") long mapId, MapPatchRequest body) {
        maps.update(mapId, RequestBodies.required(body).toCommand());
        MapView view = maps.get(mapId);
        return Response.ok(MapDto.of(view, jira.serverUrls(), userNames::displayNameOfName)).tag(etagOf(view))
                .build();
    }

    @DELETE
    @Path("{mapId}")
    public Response delete(@PathParam("mapId") long mapId) {
        maps.delete(mapId);
        return Response.noContent().build();
    }

    @GET
    @Path("{mapId}/changes")
    public ChangeFeedDto changes(@PathParam("mapId") long mapId, @QueryParam("since") String since) {
        var changes = maps.changesSince(mapId, QueryParams.requiredLong("since", since));
        // Polled every second by each open editor: the map is read only when something changed.
        var now = changes.changes().isEmpty() ? null : maps.get(mapId).content();
        return ChangeFeedDto.of(changes, now, PresenceDto.of(presence.present(mapId)), userNames::displayName);
    }

    private static EntityTag etagOf(MapView view) {
        return new EntityTag(String.valueOf(view.content().map().revision()));
    }
}
