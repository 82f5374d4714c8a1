package com.atlassian.applinks.api;

import com.atlassian.sal.api.net.Request;

/** Contract of the factory of requests over an application link. */
public interface ApplicationLinkRequestFactory extends AuthorisationURIGenerator {

    ApplicationLinkRequest createRequest(Request.MethodType methodType, String url) throws CredentialsRequiredException;
}
