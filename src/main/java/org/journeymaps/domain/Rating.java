package org.journeymaps.domain;

/** Impact or effort of an opportunity. */
public enum Rating {
    LOW, MEDIUM, HIGH
}
