package org.journeymaps.app;

import org.journeymaps.domain.ChangeKind;
import org.journeymaps.domain.ElementType;

/** What a write did, for the change log, and what the use case returns. */
public record Edit<T>(ChangeKind kind, ElementType elementType, long elementId, T result) {
}
