package org.journeymaps.app;

import org.journeymaps.domain.JourneyState;

/** A map to create on page {@code pageId}; {@code state} null means CURRENT. It starts without stages or lanes. */
public record NewMap(Long pageId, String title, String description, JourneyState state) {
}
