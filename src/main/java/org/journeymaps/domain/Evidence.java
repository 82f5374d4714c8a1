package org.journeymaps.domain;

/** How well a card is backed by research (any card). */
public enum Evidence {
    ASSUMED, PARTIAL, VALIDATED
}
