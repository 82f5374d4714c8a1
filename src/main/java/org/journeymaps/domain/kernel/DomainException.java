package org.journeymaps.domain.kernel;

/** A rule of the model was broken by input; {@link #field()} names the offending field as the API spells it. */
public abstract class DomainException extends RuntimeException {
    private final String field;

    protected DomainException(String field, String message) {
        super(field + " " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
