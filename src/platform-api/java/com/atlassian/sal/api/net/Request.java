package com.atlassian.sal.api.net;

/** Contract of SAL's HTTP request: the members the app uses. */
public interface Request<T extends Request<?, ?>, RESP extends Response> {

    /** Only the methods the app sends. */
    enum MethodType {
        GET, POST
    }

    T setConnectionTimeout(int connectionTimeout);

    T setSoTimeout(int soTimeout);

    T setRequestBody(String requestBody);

    T addHeader(String headerName, String headerValue);
}
