package org.journeymaps.confluence.macro;

import org.journeymaps.app.map.MapView;
import org.journeymaps.confluence.macro.MapTableView.CardView;
import org.journeymaps.confluence.macro.MapTableView.LaneRowView;
import org.journeymaps.confluence.macro.PrintView.CellView;
import org.journeymaps.confluence.macro.PrintView.LaneHeadView;
import org.journeymaps.confluence.macro.PrintView.PageView;
import org.journeymaps.confluence.macro.PrintView.RowView;
import org.journeymaps.confluence.macro.PrintView.StageBlockView;
import org.journeymaps.confluence.macro.PrintView.StageHeadView;
import org.journeymaps.domain.map.JourneyMap;
import org.journeymaps.domain.persona.Persona;
import org.journeymaps.domain.structure.Stage;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Builds the paginated print view from the macro's table view (same escaped cards and badges) and the
 * pagination plan. Widths are in millimetres of an A4 page with 8 mm side margins.
 */
final class PrintViewFactory {

    private static final int LANDSCAPE_WIDTH_MM = 281;
    private static final int PORTRAIT_WIDTH_MM = 194;
    private static final int LANE_HEADER_MM = 34;
    /** The header cells' horizontal padding and border, which CSS widths leave out. */
    private static final int CELL_CHROME_MM = 5;
    private static final String SEPARATOR = " \u00b7 ";

    private final Texts texts;
    private final MapTableViewFactory tables;
    private final PrintEmotions emotions;

    PrintViewFactory(Texts texts) {
        this.texts = texts;
        this.tables = new MapTableViewFactory(texts);
        this.emotions = new PrintEmotions(texts);
    }

    PrintView build(MapView view, MacroOptions options, String outputType, Map<String, String> serverUrls,
                    boolean landscape, LocalDate today, Locale locale) {
        MapTableView table = tables.build(view, options, outputType, serverUrls);
        JourneyMap map = view.content().map();
        List<Stage> stages = view.content().stages();
        List<LaneRowView> columns = table.lanes().stream().filter(lane -> lane.curve() == null || lane.hasCards())
                .toList();
        List<Integer> longest = new ArrayList<>();
        for (int i = 0; i < stages.size(); i++) {
            longest.add(longestCell(table.lanes(), i));
        }
        PrintPagination.Plan plan = PrintPagination.plan(longest, columns.size(), landscape);
        List<PrintView.EmotionView> scores = stages.stream().map(stage -> emotions.of(view.content(), stage)).toList();
        List<LaneHeadView> laneHeads = columns.stream().map(PrintViewFactory::head).toList();
        List<PageView> pages = plan.vertical() ? List.of()
                : plan.pages().stream().map(page -> page(page, plan, table, scores, longest, landscape)).toList();
        List<StageBlockView> blocks = !plan.vertical() ? List.of() : plan.pages().get(0).stream()
                .map(i -> new StageBlockView(i + 1, table.stages().get(i).nameHtml(),
                        table.stages().get(i).descriptionHtml(), scores.get(i),
                        columns.stream().map(lane -> new CellView(lane.typeClass(), null, lane.cells().get(i))).toList()))
                .toList();
        return new PrintView("journey-map-print-" + map.id(), PrintPageCss.css(texts, landscape), table.titleHtml(),
                meta(view, table), texts.label("journeymaps.print.space", map.spaceKey()),
                texts.label("journeymaps.print.exported",
                        DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(today)),
                texts.label("journeymaps.print.vertical"), texts.label("journeymaps.print.stage"),
                plan.vertical(), pages, laneHeads, blocks);
    }

    private PageView page(List<Integer> indexes, PrintPagination.Plan plan, MapTableView table,
                          List<PrintView.EmotionView> scores, List<Integer> longest, boolean landscape) {
        int columnMm = ((landscape ? LANDSCAPE_WIDTH_MM : PORTRAIT_WIDTH_MM) - LANE_HEADER_MM) / plan.columnsPerPage();
        List<StageHeadView> heads = indexes.stream().map(i -> new StageHeadView(i + 1, table.stages().get(i).nameHtml(),
                table.stages().get(i).rollupHtml(),
                PrintPagination.width(longest.get(i)) * columnMm - CELL_CHROME_MM + "mm")).toList();
        List<RowView> rows = table.lanes().stream().map(lane -> new RowView(head(lane), indexes.stream()
                .map(i -> new CellView(lane.typeClass(), lane.curve() == null ? null : scores.get(i), lane.cells().get(i)))
                .toList())).toList();
        int pageNumber = plan.pages().indexOf(indexes) + 1;
        String cue = indexes.isEmpty() ? ""
                : texts.label("journeymaps.print.range", indexes.get(0) + 1, indexes.get(indexes.size() - 1) + 1,
                        scores.size());
        if (pageNumber < plan.pages().size()) {
            cue += SEPARATOR + texts.label("journeymaps.print.continued");
        }
        return new PageView(pageNumber > 1, cue, table.cornerHtml(), LANE_HEADER_MM - CELL_CHROME_MM + "mm", heads,
                rows);
    }

    private String meta(MapView view, MapTableView table) {
        List<Persona> personas = view.content().personas();
        List<String> parts = new ArrayList<>();
        if (!personas.isEmpty()) {
            String names = personas.size() == 1 && personas.get(0).role() != null
                    ? personas.get(0).name() + ", " + personas.get(0).role()
                    : personas.stream().map(Persona::name).collect(Collectors.joining(", "));
            parts.add(texts.label("journeymaps.print.personas", personas.size(), names));
        }
        parts.add(table.stateHtml());
        parts.add(texts.label("journeymaps.print.revision", String.valueOf(view.content().map().revision())));
        return String.join(SEPARATOR, parts);
    }

    private static LaneHeadView head(LaneRowView lane) {
        return new LaneHeadView(lane.nameHtml(), lane.typeClass());
    }

    /** The text length of the stage's fullest cell, which decides whether its column must be wider. */
    private static int longestCell(List<LaneRowView> lanes, int stage) {
        return lanes.stream().mapToInt(lane -> lane.cells().get(stage).stream()
                .mapToInt(PrintViewFactory::length).sum()).max().orElse(0);
    }

    private static int length(CardView card) {
        return card.textHtml().length() + card.badges().stream().mapToInt(b -> b.labelHtml().length()).sum();
    }
}
