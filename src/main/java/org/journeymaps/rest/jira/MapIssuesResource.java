package org.journeymaps.rest.jira;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.journeymaps.app.jira.IssueStatusRefresh;
import org.journeymaps.app.jira.JiraDirectory;
import org.journeymaps.rest.jira.IssueDto;

/**
 * Re-reads the status of a map's linked issues (viewers may); the map's roll-up follows on its next read.
 * {@code ?force=true} skips the five-minute status cache (a user's explicit "refresh").
 */
@Path("/maps/{mapId}/issues")
@AnonymousSiteAccess
@Produces(MediaType.APPLICATION_JSON)
public class MapIssuesResource {

    private final IssueStatusRefresh refresh;
    private final JiraDirectory jira;

    @Inject
    public MapIssuesResource(IssueStatusRefresh refresh, JiraDirectory jira) {
        this.refresh = refresh;
        this.jira = jira;
    }

    @POST
    @Path("refresh")
    public List<IssueDto> refresh(@PathParam("mapId") long mapId, @QueryParam("force") boolean force) {
        Map<String, String> urls = jira.serverUrls();
        return refresh.refresh(mapId, force).stream().map(link -> IssueDto.of(link, urls)).toList();
    }
}
