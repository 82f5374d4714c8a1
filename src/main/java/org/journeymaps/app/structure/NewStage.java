package org.journeymaps.app.structure;

/** A stage to add; {@code position} null puts it last, out-of-range values are clamped; {@code phase} is optional. */
public record NewStage(String name, String description, String phase, Integer position) {

    /** A stage outside any phase. */
    public NewStage(String name, String description, Integer position) {
        this(name, description, null, position);
    }
}
