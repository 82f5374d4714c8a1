package org.journeymaps.app.export;

import org.journeymaps.app.map.MapView;

/** Prints a map the caller may view as a paginated PDF (A4, landscape or portrait), as Confluence would export it. */
public interface MapPrinter {
    byte[] pdf(MapView view, boolean landscape);
}
