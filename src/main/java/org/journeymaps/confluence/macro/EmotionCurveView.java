package org.journeymaps.confluence.macro;

import java.util.List;

/**
 * The emotion curve as inline SVG geometry (one column of 100 units per stage, scores from +2 at the top to −2
 * at the bottom) plus its text alternative, one line per point. {@code canvasViewBox} places the same points in the
 * page view's 184 px curve row.
 */
public record EmotionCurveView(String viewBox, String canvasViewBox, String descriptionId, List<SeriesView> series,
                               List<String> gridLinesY, List<String> textLinesHtml) {

    /** One curve: the map's current or future curve, for all personas or one. */
    public record SeriesView(String labelHtml, String color, boolean dashed, List<String> segments,
                             List<PointView> points) {
    }

    /** A scored point, with a tooltip. */
    public record PointView(String x, String y, String titleHtml) {
    }
}
