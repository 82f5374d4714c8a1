package org.journeymaps.confluence.jira;

import com.atlassian.applinks.host.spi.HostApplication;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.journeymaps.app.jira.ConfluenceSite;

/** The site's name, application-link id and canonical page URLs, as Confluence's Jira links use them. */
@Named
public class ConfluenceSiteProperties implements ConfluenceSite {
    private final ApplicationProperties properties;
    private final HostApplication host;

    @Inject
    public ConfluenceSiteProperties(@ComponentImport ApplicationProperties properties,
                                    @ComponentImport HostApplication host) {
        this.properties = properties;
        this.host = host;
    }

    @Override
    public String name() {
        return properties.getDisplayName();
    }

    @Override
    public String applicationId() {
        return host.getId().get();
    }

    @Override
    public String pageUrl(long pageId) {
        return siteUrl("/pages/viewpage.action?pageId=" + pageId);
    }

    @Override
    public String siteUrl(String path) {
        return properties.getBaseUrl(UrlMode.CANONICAL) + path;
    }
}
