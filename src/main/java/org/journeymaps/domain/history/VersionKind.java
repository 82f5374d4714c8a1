package org.journeymaps.domain.history;

/** How a version came to be: saved by someone with a label, or taken by the app while the map was edited. */
public enum VersionKind {
    NAMED, AUTOMATIC
}
