package org.journeymaps.app.structure;

/**
 * Changes to a stage based on {@code version}; null leaves a field unchanged, "" clears the description or the
 * phase.
 */
public record StagePatch(Long version, String name, String description, String phase) {

    /** A patch that leaves the phase as it is. */
    public StagePatch(Long version, String name, String description) {
        this(version, name, description, null);
    }
}
