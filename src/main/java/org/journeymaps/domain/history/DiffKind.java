package org.journeymaps.domain.history;

/** How an element differs between two states of a map. */
public enum DiffKind {
    ADDED, REMOVED, CHANGED
}
