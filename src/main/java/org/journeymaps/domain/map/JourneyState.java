package org.journeymaps.domain.map;

/** Whether a map (or an emotion curve) shows the journey as it is today or as it should become. */
public enum JourneyState {
    CURRENT, FUTURE
}
