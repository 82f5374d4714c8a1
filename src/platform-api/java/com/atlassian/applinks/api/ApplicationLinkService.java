package com.atlassian.applinks.api;

/** Contract of the application links service. */
public interface ApplicationLinkService {

    Iterable<ApplicationLink> getApplicationLinks(Class<? extends ApplicationType> type);
}
