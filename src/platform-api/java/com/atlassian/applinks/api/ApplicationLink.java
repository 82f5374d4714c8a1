package com.atlassian.applinks.api;

import java.net.URI;

/** Contract of an application link (its {@code ReadOnlyApplicationLink} members flattened in). */
public interface ApplicationLink {

    ApplicationId getId();

    String getName();

    URI getDisplayUrl();

    boolean isPrimary();

    /** Requests as the current user (OAuth); consent may be needed first. */
    ApplicationLinkRequestFactory createAuthenticatedRequestFactory();
}
