package org.journeymaps.confluence.macro;

import org.journeymaps.confluence.macro.MapTableView.CardView;

import java.util.List;

/**
 * What the print template shows (PDF and Word exports, and the map's PDF download), already escaped like
 * {@link MapTableView}: a page header, then either horizontal pages (a few stages each, lane headers repeated)
 * or the vertical variant (one row per stage, lanes as columns). {@code pageCss} holds the paged-media rules
 * (page size and the "Page n of N" margin box) built from translated text; it is CSS-escaped.
 */
public record PrintView(String rootId, String pageCss, String titleHtml, String metaHtml, String spaceHtml,
                        String exportedHtml, String verticalHtml, String stageHeaderHtml, boolean vertical,
                        List<PageView> pages, List<LaneHeadView> lanes, List<StageBlockView> stageBlocks) {

    /** Columns of the vertical variant: the stage column and one per lane (templates call no JDK method). */
    public int columnCount() {
        return lanes.size() + 1;
    }

    /** One horizontal page: its stages and, for each lane, the cells of those stages. */
    public record PageView(boolean breakBefore, String cueHtml, String cornerHtml, String laneWidth,
                           List<StageHeadView> stages, List<RowView> rows) {
        /** Columns of the page: the lane headers and one per stage. */
        public int columnCount() {
            return stages.size() + 1;
        }
    }

    /** A stage column on a horizontal page; {@code width} is a CSS length. */
    public record StageHeadView(int number, String nameHtml, String rollupHtml, String width) {
    }

    /** A lane on a horizontal page, one cell per stage. */
    public record RowView(LaneHeadView lane, List<CellView> cells) {
    }

    /** A cell: its cards and, in the emotions lane, the stage's score ({@code emotion} is null elsewhere). */
    public record CellView(String typeClass, EmotionView emotion, List<CardView> cards) {
    }

    /** A lane's header; {@code typeClass} carries its colour. */
    public record LaneHeadView(String nameHtml, String typeClass) {
    }

    /**
     * A stage's score on the emotion curve, drawn as a dot on a five-level scale ({@code level} 0 = +2 … 4 = −2,
     * −1 when the stage has no score) and written out: signed score and note, one line per curve.
     */
    public record EmotionView(int level, String scoreClass, List<String> linesHtml) {
        public boolean scored() {
            return level >= 0;
        }
    }

    /** A row of the vertical variant: the stage with its emotion, then its cells for every lane. */
    public record StageBlockView(int number, String nameHtml, String descriptionHtml, EmotionView emotion,
                                 List<CellView> cells) {
    }
}
