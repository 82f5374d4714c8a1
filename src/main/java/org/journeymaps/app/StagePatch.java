package org.journeymaps.app;

/** Changes to a stage based on {@code version}; null leaves a field unchanged, "" clears the description. */
public record StagePatch(Long version, String name, String description) {
}
