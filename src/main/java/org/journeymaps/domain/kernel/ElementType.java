package org.journeymaps.domain.kernel;

/** The kinds of thing a map change can be about. */
public enum ElementType {
    MAP, STAGE, LANE, CARD, EMOTION, PERSONA, COMMENT, ISSUE_LINK,
    /** A version of the map (its id is the version's number): created, or restored over the map. */
    VERSION
}
