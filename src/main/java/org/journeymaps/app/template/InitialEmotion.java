package org.journeymaps.app.template;

/**
 * A point of the general emotion curve (no persona) a new map starts with, at its {@code stage}-th stage
 * (0-based), on the curve of the map's state.
 */
public record InitialEmotion(Integer stage, Integer score, String note) {
}
