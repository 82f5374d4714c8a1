package org.journeymaps.app;

import org.journeymaps.domain.LaneType;

/** A lane to add; {@code position} null puts it last, out-of-range values are clamped. */
public record NewLane(String name, LaneType type, Integer position) {
}
