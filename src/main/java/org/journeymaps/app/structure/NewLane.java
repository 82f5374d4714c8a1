package org.journeymaps.app.structure;

import org.journeymaps.domain.structure.LaneType;

/** A lane to add; {@code position} null puts it last, out-of-range values are clamped. */
public record NewLane(String name, LaneType type, Integer position) {
}
