package org.journeymaps.app;

/** A stage to add; {@code position} null puts it last, out-of-range values are clamped. */
public record NewStage(String name, String description, Integer position) {
}
