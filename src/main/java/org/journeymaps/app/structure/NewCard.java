package org.journeymaps.app.structure;

import org.journeymaps.domain.structure.CardAttributes;

/**
 * A card to add to the cell of {@code stageId} × {@code laneId}; {@code position} null puts it last, out-of-range
 * values are clamped; {@code attributes} may be null (none), and may only hold what the lane's type allows.
 */
public record NewCard(Long stageId, Long laneId, String text, Integer position, CardAttributes attributes) {
}
