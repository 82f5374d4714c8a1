package org.journeymaps.rest.kernel;

import org.journeymaps.domain.kernel.InvalidFieldException;

/** A mutating request without a JSON body gets a clear 400 instead of a null pointer deep inside. */
public final class RequestBodies {

    private RequestBodies() {
    }

    public static <T> T required(T body) {
        if (body == null) {
            throw new InvalidFieldException("body", "must be a JSON object");
        }
        return body;
    }
}
