package org.journeymaps.domain.kernel;

/** A field's value is missing, malformed, too long or not allowed here. */
public class InvalidFieldException extends DomainException {
    private final String reason;

    public InvalidFieldException(String field, String reason) {
        super(field, reason);
        this.reason = reason;
    }

    /** The message without the field name, e.g. "must not be blank". */
    public String reason() {
        return reason;
    }
}
