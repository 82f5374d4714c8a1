package org.journeymaps.app.template;

import org.journeymaps.domain.structure.CardAttributes;

/**
 * A card a new map starts with, in the cell of the {@code stage}-th stage and {@code lane}-th lane of the map's
 * initial layout (0-based); cards of one cell keep their list order. {@code attributes} may be null (none).
 */
public record InitialCard(Integer stage, Integer lane, String text, CardAttributes attributes) {
}
