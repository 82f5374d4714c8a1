package org.journeymaps.domain.structure;

/** How well a card is backed by research (any card). */
public enum Evidence {
    ASSUMED, PARTIAL, VALIDATED
}
