package org.journeymaps.rest.jira;

import org.journeymaps.rest.kernel.RequestBodies;
import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.journeymaps.app.jira.IssueLinkService;
import org.journeymaps.app.jira.JiraDirectory;
import org.journeymaps.domain.jira.IssueLink;
import org.journeymaps.rest.jira.IssueDto;
import org.journeymaps.rest.jira.IssueLinkRequest;

/** A card's Jira issues: create one or link one by key (201 with the link), unlink (the issue stays in Jira). */
@Path("/maps/{mapId}/cards/{cardId}/issues")
@AnonymousSiteAccess
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CardIssueResource {

    private final IssueLinkService issues;
    private final JiraDirectory jira;

    @Inject
    public CardIssueResource(IssueLinkService issues, JiraDirectory jira) {
        this.issues = issues;
        this.jira = jira;
    }

    @POST
    public Response add(@PathParam("mapId") long mapId, @PathParam("cardId") long cardId, IssueLinkRequest body) {
        IssueLinkRequest request = RequestBodies.required(body);
        IssueLink link = request.isCreate()
                ? issues.create(mapId, cardId, request.toNewIssue())
                : issues.link(mapId, cardId, request.link().server(), request.link().key());
        return Response.status(Response.Status.CREATED).entity(IssueDto.of(link, jira.serverUrls())).build();
    }

    @DELETE
    @Path("{key}")
    public Response unlink(@PathParam("mapId") long mapId, @PathParam("cardId") long cardId,
                           @PathParam("key") String key) {
        issues.unlink(mapId, cardId, key);
        return Response.noContent().build();
    }
}
