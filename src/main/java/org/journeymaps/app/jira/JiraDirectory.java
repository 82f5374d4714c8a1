package org.journeymaps.app.jira;

import org.journeymaps.app.kernel.AccessGuard;
import org.journeymaps.app.kernel.AuthenticationRequiredException;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.journeymaps.app.jira.JiraGateway;
import org.journeymaps.app.jira.JiraGateway.JiraIssueType;
import org.journeymaps.app.jira.JiraGateway.JiraProject;
import org.journeymaps.app.jira.JiraGateway.JiraServer;
import org.journeymaps.domain.kernel.InvalidFieldException;
import org.journeymaps.domain.kernel.Require;

/** What the pickers offer: Jira servers, their projects and the issue types one can create there. Signed-in users only. */
@Named
public class JiraDirectory {
    private final JiraGateway gateway;
    private final AccessGuard guard;

    @Inject
    public JiraDirectory(JiraGateway gateway, AccessGuard guard) {
        this.gateway = gateway;
        this.guard = guard;
    }

    public List<JiraServer> servers() {
        requireSignedIn();
        return gateway.servers();
    }

    public List<JiraProject> projects(String serverId) {
        requireSignedIn();
        return gateway.projects(knownServer("server", serverId));
    }

    public List<JiraIssueType> issueTypes(String serverId, String projectKey) {
        requireSignedIn();
        String server = knownServer("server", serverId);
        return gateway.issueTypes(server, Require.present("project", blankToNull(projectKey)));
    }

    /** Where an issue opens in Jira, or null when its server's base URL is unknown. */
    public static String issueUrl(String baseUrl, String issueKey) {
        return baseUrl == null ? null : baseUrl + "/browse/" + issueKey;
    }

    /** Each server's base URL by id, for links to issues ({@link #issueUrl}); no permission needed. */
    public Map<String, String> serverUrls() {
        return gateway.servers().stream().collect(Collectors.toMap(JiraServer::id, JiraServer::url, (a, b) -> a));
    }

    /** The id, if it names a server; otherwise a bad-input error naming {@code field}. */
    String knownServer(String field, String serverId) {
        String id = Require.present(field, blankToNull(serverId));
        if (gateway.servers().stream().noneMatch(server -> server.id().equals(id))) {
            throw new InvalidFieldException(field, "no Jira server has the id '" + id + "'");
        }
        return id;
    }

    private void requireSignedIn() {
        if (guard.authorKey() == null) {
            throw new AuthenticationRequiredException();
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
