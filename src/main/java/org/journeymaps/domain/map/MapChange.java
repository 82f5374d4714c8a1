package org.journeymaps.domain.map;

import org.journeymaps.domain.kernel.ElementType;
import java.time.Instant;

/**
 * One entry of a map's change log: the revision it produced, who (null when anonymous) and when, and what
 * happened to which element. For REORDERED, {@code elementType} is what was reordered and {@code elementId}
 * the map's id.
 */
public record MapChange(long mapId, long revision, String authorKey, Instant at, ChangeKind kind,
                        ElementType elementType, long elementId) {
}
