package org.journeymaps.domain.counterpart;

import org.journeymaps.domain.structure.Severity;

/** A pain-point card of the current map, with its stage's name. */
public record PainPoint(long cardId, String stageName, String text, Severity severity) {
}
