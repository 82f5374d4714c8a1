package org.journeymaps.app.structure;

import org.journeymaps.domain.structure.CardAttributesPatch;

/**
 * Changes to a card based on {@code version}; null leaves a field unchanged. A new {@code stageId},
 * {@code laneId} or {@code position} moves the card (to the end of the target cell when only the cell is given);
 * attributes the target lane's type does not allow are cleared by the move, then {@code attributes} apply.
 */
public record CardPatch(Long version, String text, Long stageId, Long laneId, Integer position,
                        CardAttributesPatch attributes) {
}
