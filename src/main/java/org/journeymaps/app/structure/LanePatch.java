package org.journeymaps.app.structure;

import org.journeymaps.domain.structure.LaneType;

/**
 * Changes to a lane based on {@code version}; null leaves a field unchanged. A new type clears, on the lane's
 * cards, the attributes it does not allow.
 */
public record LanePatch(Long version, String name, LaneType type) {
}
