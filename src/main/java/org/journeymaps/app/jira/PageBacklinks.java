package org.journeymaps.app.jira;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.journeymaps.app.jira.ConfluenceSite;
import org.journeymaps.app.jira.JiraException;
import org.journeymaps.app.jira.JiraGateway;
import org.journeymaps.app.jira.JiraGateway.PageLink;
import org.journeymaps.domain.map.JourneyMap;

/** The ways back from a Jira issue to the map's page: a line in the description and a remote link. */
@Named
public class PageBacklinks {
    private final JiraGateway gateway;
    private final ConfluenceSite site;

    @Inject
    public PageBacklinks(JiraGateway gateway, ConfluenceSite site) {
        this.gateway = gateway;
        this.site = site;
    }

    /** The user's description followed by a wiki-markup link to the map's page (Jira DC REST v2 takes wiki markup). */
    String description(String userDescription, JourneyMap map) {
        // Brackets and pipes would end the wiki link early.
        String title = map.title().replaceAll("[\\[\\]|]", " ").trim();
        String backlink = "From the journey map [" + title + "|" + site.pageUrl(map.pageId()) + "]";
        return userDescription == null || userDescription.isBlank() ? backlink
                : userDescription.strip() + "\n\n----\n" + backlink;
    }

    /**
     * Adds the "mentioned in" link from the issue to the map's page, as Confluence does for its own pages (same
     * global id, so Jira shows it as that page and never twice). A courtesy: if Jira refuses, the card's link
     * stands without it.
     */
    void linkBack(String serverId, String key, JourneyMap map) {
        PageLink page = new PageLink("appId=" + site.applicationId() + "&pageId=" + map.pageId(), site.name(),
                site.pageUrl(map.pageId()), map.title());
        try {
            gateway.linkToPage(serverId, key, page);
        } catch (JiraException ignored) {
            // Nothing is lost: the remote link only helps people reading the issue in Jira.
        }
    }
}
