package org.journeymaps.app.kernel;

import org.journeymaps.domain.map.ChangeKind;
import org.journeymaps.domain.kernel.ElementType;

/** What a write did, for the change log, and what the use case returns. */
public record Edit<T>(ChangeKind kind, ElementType elementType, long elementId, T result) {
}
