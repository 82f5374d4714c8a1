package com.atlassian.sal.api.net;

/** Contract of SAL's timeout failure (via {@code ResponseTransportException} in SAL; flattened here). */
public class ResponseTimeoutException extends ResponseException {

    ResponseTimeoutException(String message) {
        super(message);
    }
}
