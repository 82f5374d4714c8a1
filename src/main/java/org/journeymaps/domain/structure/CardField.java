package org.journeymaps.domain.structure;

/** The optional card attributes whose presence depends on the lane type; {@link #fieldName()} is the API's name. */
public enum CardField {
    CHANNEL("channel"),
    SEVERITY("severity"),
    STATUS("status"),
    OWNER_KEY("ownerKey"),
    IMPACT("impact"),
    EFFORT("effort"),
    EVIDENCE("evidence");

    private final String fieldName;

    CardField(String fieldName) {
        this.fieldName = fieldName;
    }

    public String fieldName() {
        return fieldName;
    }
}
