package com.atlassian.applinks.api;

import java.net.URI;

/** Contract of what knows where a user consents to an application link. */
public interface AuthorisationURIGenerator {

    URI getAuthorisationURI();
}
