package org.journeymaps.confluence.macro;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a map's stages into printed pages so that nothing is ever cut at the page's edge: a fixed number of
 * stage columns per page by orientation, a stage with a lot of text taking two columns, and for maps too wide to
 * read across many pages, the vertical variant (one row per stage, lanes as columns) when its lanes fit across.
 */
final class PrintPagination {

    /** Stage columns per page; a dense stage takes two. */
    static final int LANDSCAPE_COLUMNS = 4;
    static final int PORTRAIT_COLUMNS = 3;
    /** A cell with more text than this is too tall in a normal column: the stage gets a double column. */
    static final int DENSE_CELL_CHARACTERS = 280;
    /** Beyond this many horizontal pages, a reader loses the thread: the vertical variant reads better. */
    static final int MAX_HORIZONTAL_PAGES = 4;
    /** Lane columns the vertical variant holds across a page (besides the stage column). */
    static final int LANDSCAPE_LANE_COLUMNS = 7;
    static final int PORTRAIT_LANE_COLUMNS = 4;

    private PrintPagination() {
    }

    /** Pages of stage indexes in order, each index once; vertical plans have one page holding every stage. */
    record Plan(boolean vertical, int columnsPerPage, List<List<Integer>> pages) {
        Plan {
            pages = pages.stream().map(List::copyOf).toList();
        }
    }

    /**
     * @param longestCellPerStage for each stage, the length of its longest cell's text (cards of one lane)
     * @param laneColumns         the lanes that would become columns in the vertical variant
     */
    static Plan plan(List<Integer> longestCellPerStage, int laneColumns, boolean landscape) {
        int columns = landscape ? LANDSCAPE_COLUMNS : PORTRAIT_COLUMNS;
        List<List<Integer>> pages = horizontal(longestCellPerStage, columns);
        int laneCapacity = landscape ? LANDSCAPE_LANE_COLUMNS : PORTRAIT_LANE_COLUMNS;
        if (pages.size() > MAX_HORIZONTAL_PAGES && laneColumns <= laneCapacity) {
            List<Integer> all = new ArrayList<>();
            for (int i = 0; i < longestCellPerStage.size(); i++) {
                all.add(i);
            }
            return new Plan(true, columns, List.of(all));
        }
        return new Plan(false, columns, pages);
    }

    /** How many columns a stage takes. */
    static int width(int longestCell) {
        return longestCell > DENSE_CELL_CHARACTERS ? 2 : 1;
    }

    private static List<List<Integer>> horizontal(List<Integer> longestCellPerStage, int columns) {
        List<List<Integer>> pages = new ArrayList<>();
        List<Integer> page = new ArrayList<>();
        int used = 0;
        for (int i = 0; i < longestCellPerStage.size(); i++) {
            int width = width(longestCellPerStage.get(i));
            if (used + width > columns && !page.isEmpty()) {
                pages.add(page);
                page = new ArrayList<>();
                used = 0;
            }
            page.add(i);
            used += width;
        }
        if (!page.isEmpty() || pages.isEmpty()) {
            pages.add(page);
        }
        return pages;
    }
}
