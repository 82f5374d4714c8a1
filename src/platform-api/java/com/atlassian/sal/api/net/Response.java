package com.atlassian.sal.api.net;

import java.util.Map;

/** Contract of SAL's HTTP response. */
public interface Response {

    int getStatusCode();

    String getResponseBodyAsString() throws ResponseException;

    Map<String, String> getHeaders();
}
