package com.atlassian.applinks.api;

import com.atlassian.sal.api.net.Response;
import com.atlassian.sal.api.net.ResponseException;

/**
 * Contract of the handler of responses over an application link, told when the user must consent first.
 * {@code handle} is inherited from SAL's {@code ReturningResponseHandler<Response, R>} in applinks; flattened here.
 */
public interface ApplicationLinkResponseHandler<R> {

    R credentialsRequired(Response response) throws ResponseException;

    R handle(Response response) throws ResponseException;
}
