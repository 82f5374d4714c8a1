package org.journeymaps.domain.structure;

/** Impact or effort of an opportunity. */
public enum Rating {
    LOW, MEDIUM, HIGH
}
