package com.atlassian.sal.api;

/** Contract of SAL's application properties: the site's base URL and name. */
public interface ApplicationProperties {

    String getBaseUrl(UrlMode urlMode);

    String getDisplayName();
}
