package org.journeymaps.domain.kernel;

/** Adding one more element would pass a count limit (e.g. field "stages", limit 60). */
public class LimitExceededException extends DomainException {
    private final int limit;

    public LimitExceededException(String field, int limit) {
        super(field, "may not exceed " + limit);
        this.limit = limit;
    }

    public int limit() {
        return limit;
    }
}
