package org.journeymaps.jira;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * The Jira called directly when Confluence has no application link to one: global plugin settings (SAL) under
 * {@value #URL} (base URL), {@value #TOKEN} (personal access token), optionally {@value #NAME} and
 * {@value #READ_TIMEOUT} (seconds). An administrator sets them once, e.g. with a script over SAL, or devhost
 * does for its sandbox.
 */
final class DirectJiraSettings {
    static final String URL = "org.journeymaps.jira.url";
    static final String TOKEN = "org.journeymaps.jira.token";
    static final String NAME = "org.journeymaps.jira.name";
    static final String READ_TIMEOUT = "org.journeymaps.jira.readTimeoutSeconds";
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(10);

    private final PluginSettingsFactory settingsFactory;

    DirectJiraSettings(PluginSettingsFactory settingsFactory) {
        this.settingsFactory = settingsFactory;
    }

    /** The configured server, if a URL and token are set. */
    Optional<DirectServer> server() {
        PluginSettings settings = settingsFactory.createGlobalSettings();
        String url = text(settings.get(URL));
        String token = text(settings.get(TOKEN));
        if (url == null || token == null) {
            return Optional.empty();
        }
        String base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        String name = text(settings.get(NAME));
        return Optional.of(new DirectServer(URI.create(base), token, name == null ? "Jira" : name,
                seconds(text(settings.get(READ_TIMEOUT)))));
    }

    /** A Jira reached by URL with a personal access token. */
    record DirectServer(URI url, String token, String name, Duration readTimeout) {
    }

    private static Duration seconds(String value) {
        try {
            return value == null ? DEFAULT_READ_TIMEOUT : Duration.ofSeconds(Math.max(1, Long.parseLong(value)));
        } catch (NumberFormatException e) {
            return DEFAULT_READ_TIMEOUT;
        }
    }

    private static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }
}
