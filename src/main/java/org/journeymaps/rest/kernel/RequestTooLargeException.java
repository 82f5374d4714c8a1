package org.journeymaps.rest.kernel;

/** A request body over the API's size limit (answered with 413). */
public final class RequestTooLargeException extends RuntimeException {

    public RequestTooLargeException(int limitBytes) {
        super("The request body is larger than " + (limitBytes / (1024 * 1024)) + " MB.");
    }
}
