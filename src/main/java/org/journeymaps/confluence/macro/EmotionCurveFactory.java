package org.journeymaps.confluence.macro;

import org.journeymaps.confluence.macro.EmotionCurveView.PointView;
import org.journeymaps.confluence.macro.EmotionCurveView.SeriesView;
import org.journeymaps.domain.emotion.EmotionPoint;
import org.journeymaps.domain.map.JourneyState;
import org.journeymaps.domain.persona.Persona;
import org.journeymaps.domain.structure.Stage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** Lays the emotion points out as SVG polylines (one per curve and persona) and writes their text alternative. */
final class EmotionCurveFactory {

    static final int COLUMN_WIDTH = 100;
    static final int HEIGHT = 100;
    private static final int SCORE_STEP = 20;
    /*
     * The page view's curve row (canvas/geometry.ts) is 184 px with +2 at 46 px and 23 px per score step: the same
     * points seen through a taller window, 184 / 1.15 = 160 units from 30 above the top.
     */
    private static final int CANVAS_TOP = -30;
    private static final int CANVAS_HEIGHT = 160;
    private static final String CURRENT_COLOUR = "#0052cc";
    private static final String FUTURE_COLOUR = "#00875a";

    private final Texts texts;

    EmotionCurveFactory(Texts texts) {
        this.texts = texts;
    }

    EmotionCurveView curve(long mapId, List<Stage> stages, List<EmotionPoint> points, List<Persona> personas) {
        Map<Long, Persona> personaById = personas.stream().collect(Collectors.toMap(Persona::id, p -> p));
        Map<Long, Integer> column = new LinkedHashMap<>();
        stages.forEach(stage -> column.put(stage.id(), column.size()));
        Map<List<Object>, List<EmotionPoint>> bySeries = points.stream()
                .filter(point -> column.containsKey(point.stageId()))
                .sorted(Comparator.comparing(EmotionPoint::curve)
                        .thenComparing(p -> p.personaId() == null ? 0L : p.personaId()))
                .collect(Collectors.groupingBy(p -> Arrays.asList(p.curve(), p.personaId()),
                        LinkedHashMap::new, Collectors.toList()));
        List<SeriesView> series = new ArrayList<>();
        List<String> text = new ArrayList<>();
        Map<Long, String> stageNames = stages.stream().collect(Collectors.toMap(Stage::id, Stage::name));
        bySeries.values().forEach(seriesPoints -> {
            EmotionPoint first = seriesPoints.get(0);
            Persona persona = first.personaId() == null ? null : personaById.get(first.personaId());
            String label = seriesLabel(first.curve(), persona);
            List<EmotionPoint> ordered = seriesPoints.stream()
                    .sorted(Comparator.comparing(p -> column.get(p.stageId()))).toList();
            series.add(new SeriesView(label, colour(first.curve(), persona), first.curve() == JourneyState.FUTURE,
                    segments(ordered, column), ordered.stream().map(p -> point(p, column, stageNames)).toList()));
            text.add(label + " : " + ordered.stream().map(p -> describe(p, stageNames))
                    .collect(Collectors.joining(" ; ")));
        });
        List<String> gridLines = List.of(y(2), y(1), y(0), y(-1), y(-2));
        int width = Math.max(1, stages.size()) * COLUMN_WIDTH;
        return new EmotionCurveView("0 0 " + width + " " + HEIGHT, "0 " + CANVAS_TOP + " " + width + " " + CANVAS_HEIGHT,
                "journey-map-" + mapId + "-curve", series, gridLines, text);
    }

    /** Stages without a score break the line, so no trend is invented across them. */
    private static List<String> segments(List<EmotionPoint> ordered, Map<Long, Integer> column) {
        List<String> segments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int previous = Integer.MIN_VALUE;
        for (EmotionPoint p : ordered) {
            int col = column.get(p.stageId());
            if (col != previous + 1 && current.length() > 0) {
                segments.add(current.toString().trim());
                current.setLength(0);
            }
            current.append(x(col)).append(',').append(y(p.score())).append(' ');
            previous = col;
        }
        if (current.length() > 0) {
            segments.add(current.toString().trim());
        }
        return segments;
    }

    private PointView point(EmotionPoint p, Map<Long, Integer> column, Map<Long, String> stageNames) {
        return new PointView(x(column.get(p.stageId())), y(p.score()), describe(p, stageNames));
    }

    private String describe(EmotionPoint p, Map<Long, String> stageNames) {
        String score = texts.label("journeymaps.emotion.score", String.valueOf(p.score()),
                texts.raw("journeymaps.emotion.level." + levelKey(p.score())));
        String note = p.note() == null ? "" : " — " + Texts.html(p.note());
        return Texts.html(stageNames.get(p.stageId())) + " " + score + note;
    }

    private String seriesLabel(JourneyState curve, Persona persona) {
        String curveLabel = texts.label("journeymaps.emotion.curve", curve);
        return persona == null ? curveLabel : curveLabel + " (" + Texts.html(persona.name()) + ")";
    }

    private static String colour(JourneyState curve, Persona persona) {
        String fallback = curve == JourneyState.FUTURE ? FUTURE_COLOUR : CURRENT_COLOUR;
        return persona == null ? fallback : Objects.requireNonNullElse(persona.color(), fallback);
    }

    private static String levelKey(int score) {
        return score < 0 ? "minus" + (-score) : score > 0 ? "plus" + score : "zero";
    }

    private static String x(int column) {
        return String.valueOf(column * COLUMN_WIDTH + COLUMN_WIDTH / 2);
    }

    private static String y(int score) {
        return String.valueOf(HEIGHT / 2 - score * SCORE_STEP);
    }
}
