package it.org.journeymaps.rest.load;

/**
 * A write the server acknowledged (2xx): what it did to which element, and the element's version afterwards
 * (0 for a delete), which orders it among the writes to the same element.
 */
record AckedWrite(Kind kind, long elementId, long versionAfter, String text, long stageId, long laneId) {

    enum Kind { CARD_TEXT, CARD_MOVE, CARD_CREATE, CARD_DELETE, STAGE_RENAME }

    /** The element type and id the change log names for this write, e.g. {@code CARD:12}. */
    String element() {
        return (kind == Kind.STAGE_RENAME ? "STAGE:" : "CARD:") + elementId;
    }
}
