package org.journeymaps.devhost.jira;

import com.atlassian.applinks.api.ApplicationId;
import com.atlassian.applinks.api.ApplicationLink;
import com.atlassian.applinks.api.ApplicationLinkService;
import com.atlassian.applinks.api.ApplicationType;
import com.atlassian.applinks.api.DevHostApplicationIds;
import com.atlassian.applinks.host.spi.HostApplication;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.journeymaps.devhost.jira.JiraSandbox.Fault;

/**
 * The host services behind devhost's Jira (one object each, as Spring finds them by type): no application links (devhost is a lone Confluence), so the app calls
 * the Jira configured directly in the plugin settings: the sandbox (with its token, a short read timeout, and an
 * unreachable address while its fault is DOWN) or a real Jira by URL and token.
 */
public final class DevJiraSite {
    static final String URL_KEY = "org.journeymaps.jira.url";
    static final String TOKEN_KEY = "org.journeymaps.jira.token";
    static final String NAME_KEY = "org.journeymaps.jira.name";
    static final String READ_TIMEOUT_KEY = "org.journeymaps.jira.readTimeoutSeconds";
    /** Nothing listens on the discard port: connections are refused, as by a Jira that is down. */
    static final String UNREACHABLE = "http://127.0.0.1:9";
    private static final ApplicationId ID = DevHostApplicationIds.of("c0ffee00-0000-4000-8000-00000000d3e0");

    private final JiraSandbox sandbox;
    private final Map<String, Object> settings = new ConcurrentHashMap<>();
    private volatile String baseUrl = "http://localhost";

    /** {@code sandbox}: null when a real Jira is configured by {@code url} and {@code token}. */
    public DevJiraSite(JiraSandbox sandbox, String url, String token) {
        this.sandbox = sandbox;
        if (sandbox == null) {
            settings.put(URL_KEY, url);
            settings.put(TOKEN_KEY, token);
        } else {
            settings.put(TOKEN_KEY, JiraSandbox.TOKEN);
            settings.put(NAME_KEY, "Jira sandbox");
            settings.put(READ_TIMEOUT_KEY, "2");
        }
    }

    /** The site's base URL, known once the web server listens. */
    public void started(URI siteBaseUrl) {
        baseUrl = siteBaseUrl.toString();
    }

    /** No application links: devhost is a lone Confluence. */
    public ApplicationLinkService applicationLinks() {
        return (Class<? extends ApplicationType> type) -> List.<ApplicationLink>of();
    }

    /** The app's plugin settings: the direct Jira's URL, token, name and read timeout. */
    public PluginSettingsFactory pluginSettings() {
        return () -> key -> {
            if (sandbox != null && URL_KEY.equals(key)) {
                return sandbox.fault() == Fault.DOWN ? UNREACHABLE : baseUrl + JiraSandbox.PATH;
            }
            return settings.get(key);
        };
    }

    public ApplicationProperties applicationProperties() {
        return new ApplicationProperties() {
            @Override
            public String getBaseUrl(UrlMode urlMode) {
                return baseUrl;
            }

            @Override
            public String getDisplayName() {
                return "Confluence";
            }
        };
    }

    public HostApplication hostApplication() {
        return () -> ID;
    }
}
