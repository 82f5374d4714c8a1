package org.journeymaps.domain.map;

/** What happened to an element in a map change. */
public enum ChangeKind {
    CREATED, UPDATED, MOVED, DELETED, REORDERED,
    /** The whole map was rewritten to match a version: clients reload it. */
    RESTORED
}
