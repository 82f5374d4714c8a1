package org.journeymaps.rest;

import org.journeymaps.domain.InvalidFieldException;

/** A mutating request without a JSON body gets a clear 400 instead of a null pointer deep inside. */
final class RequestBodies {

    private RequestBodies() {
    }

    static <T> T required(T body) {
        if (body == null) {
            throw new InvalidFieldException("body", "must be a JSON object");
        }
        return body;
    }
}
