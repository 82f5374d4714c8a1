package com.atlassian.sal.api.net;

/** Contract of SAL's checked failure to get a response. */
public class ResponseException extends Exception {

    ResponseException(String message) {
        super(message);
    }
}
