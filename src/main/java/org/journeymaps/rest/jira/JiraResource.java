package org.journeymaps.rest.jira;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.journeymaps.app.jira.JiraDirectory;
import org.journeymaps.rest.jira.JiraServerDto;

/** What the "create Jira issue" pickers offer: servers, projects, issue types. Signed-in users only. */
@Path("/jira")
@AnonymousSiteAccess
@Produces(MediaType.APPLICATION_JSON)
public class JiraResource {

    private final JiraDirectory jira;

    @Inject
    public JiraResource(JiraDirectory jira) {
        this.jira = jira;
    }

    @GET
    @Path("servers")
    public List<JiraServerDto.Server> servers() {
        return jira.servers().stream().map(JiraServerDto.Server::of).toList();
    }

    @GET
    @Path("projects")
    public List<JiraServerDto.Project> projects(@QueryParam("server") String server) {
        return jira.projects(server).stream().map(JiraServerDto.Project::of).toList();
    }

    @GET
    @Path("issuetypes")
    public List<JiraServerDto.IssueType> issueTypes(@QueryParam("server") String server,
                                                    @QueryParam("project") String project) {
        return jira.issueTypes(server, project).stream().map(JiraServerDto.IssueType::of).toList();
    }
}
