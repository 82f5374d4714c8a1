package org.journeymaps.jira;

import com.atlassian.applinks.api.ApplicationLink;
import com.atlassian.applinks.api.ApplicationLinkService;
import com.atlassian.applinks.api.ApplicationType;
import com.atlassian.applinks.api.application.jira.JiraApplicationType;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.journeymaps.app.jira.JiraException;
import org.journeymaps.app.jira.JiraGateway;
import org.journeymaps.domain.jira.JiraError;
import org.journeymaps.domain.jira.JiraErrorCode;
import org.journeymaps.jira.DirectJiraSettings.DirectServer;

/**
 * The Jira gateway: Confluence's Jira application links when it has any (the servers are the links, called as the
 * current user), otherwise the Jira configured directly (see {@link DirectJiraSettings}) with id {@value #DIRECT_ID}.
 */
@Named
public class JiraGateways implements JiraGateway {
    static final String DIRECT_ID = "direct";
    private static final Class<? extends ApplicationType> JIRA = JiraApplicationType.class;

    private final ApplicationLinkService applinks;
    private final DirectJiraSettings direct;
    private final ObjectMapper mapper = new ObjectMapper();
    /** One HTTP client per direct configuration, replaced when the settings change. */
    private DirectClient directClient;

    @Inject
    public JiraGateways(@ComponentImport ApplicationLinkService applinks,
                        @ComponentImport PluginSettingsFactory settingsFactory) {
        this.applinks = applinks;
        this.direct = new DirectJiraSettings(settingsFactory);
    }

    @Override
    public List<JiraServer> servers() {
        List<JiraServer> servers = new ArrayList<>();
        for (ApplicationLink link : jiraLinks()) {
            servers.add(new JiraServer(link.getId().get(), link.getName(), trimSlash(link.getDisplayUrl().toString()),
                    link.isPrimary()));
        }
        if (servers.isEmpty()) {
            direct.server().ifPresent(server -> servers.add(
                    new JiraServer(DIRECT_ID, server.name(), server.url().toString(), true)));
        }
        return servers;
    }

    @Override
    public List<JiraProject> projects(String serverId) {
        return client(serverId).projects();
    }

    @Override
    public List<JiraIssueType> issueTypes(String serverId, String projectKey) {
        return client(serverId).issueTypes(projectKey);
    }

    @Override
    public JiraIssue create(String serverId, NewJiraIssue issue) {
        return client(serverId).create(issue);
    }

    @Override
    public JiraIssue issue(String serverId, String key) {
        return client(serverId).issue(key);
    }

    @Override
    public Map<String, JiraIssue> issues(String serverId, Collection<String> keys) {
        if (keys.size() > MAX_KEYS_PER_SEARCH) {
            throw new IllegalArgumentException("At most " + MAX_KEYS_PER_SEARCH + " keys per search, got " + keys.size());
        }
        return keys.isEmpty() ? Map.of() : client(serverId).issues(keys);
    }

    @Override
    public Optional<JiraIssue> issueLabelled(String serverId, String label) {
        return client(serverId).issueLabelled(label);
    }

    @Override
    public void linkToPage(String serverId, String key, PageLink page) {
        client(serverId).linkToPage(key, page);
    }

    private JiraRestClient client(String serverId) {
        List<ApplicationLink> links = jiraLinks();
        for (ApplicationLink link : links) {
            if (link.getId().get().equals(serverId)) {
                return new JiraRestClient(new ApplinkJiraTransport(link, DirectJiraSettings.CONNECT_TIMEOUT,
                        DirectJiraSettings.DEFAULT_READ_TIMEOUT), mapper);
            }
        }
        Optional<DirectServer> server = direct.server();
        if (links.isEmpty() && DIRECT_ID.equals(serverId) && server.isPresent()) {
            return directClient(server.get());
        }
        throw new JiraException(JiraError.of(JiraErrorCode.NOT_FOUND, "No Jira server has the id '" + serverId + "'."));
    }

    private synchronized JiraRestClient directClient(DirectServer server) {
        if (directClient == null || !directClient.server().equals(server)) {
            directClient = new DirectClient(server, new JiraRestClient(new HttpJiraTransport(server.url(),
                    server.token(), DirectJiraSettings.CONNECT_TIMEOUT, server.readTimeout()), mapper));
        }
        return directClient.client();
    }

    private List<ApplicationLink> jiraLinks() {
        List<ApplicationLink> links = new ArrayList<>();
        applinks.getApplicationLinks(JIRA).forEach(links::add);
        return links;
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private record DirectClient(DirectServer server, JiraRestClient client) {
    }
}
