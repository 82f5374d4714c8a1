package org.journeymaps.app.jira;

/** The Confluence site as others see it: for links from Jira back to a map's page. */
public interface ConfluenceSite {

    /** The site's name, e.g. "Confluence". */
    String name();

    /** This Confluence's application id, as application links know it. */
    String applicationId();

    /** The page's canonical URL. */
    String pageUrl(long pageId);

    /** The canonical URL of {@code path} (starting with "/") on this site. */
    String siteUrl(String path);
}
