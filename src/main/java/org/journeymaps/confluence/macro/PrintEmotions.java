package org.journeymaps.confluence.macro;

import org.journeymaps.confluence.macro.PrintView.EmotionView;
import org.journeymaps.domain.emotion.EmotionPoint;
import org.journeymaps.domain.map.JourneyState;
import org.journeymaps.domain.map.MapContent;
import org.journeymaps.domain.persona.Persona;
import org.journeymaps.domain.structure.Stage;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A stage's emotion for print: the dot of the map's main curve (its own state, all personas first) on the
 * −2…+2 scale, and every curve's signed score and note in words, so the curve survives any renderer.
 */
final class PrintEmotions {

    private static final String MINUS = "\u2212";

    private final Texts texts;

    PrintEmotions(Texts texts) {
        this.texts = texts;
    }

    EmotionView of(MapContent content, Stage stage) {
        JourneyState mainCurve = content.map().state();
        List<EmotionPoint> points = content.emotions().stream().filter(p -> p.stageId() == stage.id())
                .sorted(Comparator.comparing((EmotionPoint p) -> p.curve() != mainCurve)
                        .thenComparing(p -> p.personaId() != null)
                        .thenComparing(p -> Objects.requireNonNullElse(p.personaId(), 0L)))
                .toList();
        if (points.isEmpty()) {
            return new EmotionView(-1, "", List.of());
        }
        boolean severalCurves = content.emotions().stream()
                .map(p -> List.of(p.curve(), Objects.requireNonNullElse(p.personaId(), 0L))).distinct().count() > 1;
        List<String> lines = points.stream().map(p -> line(p, severalCurves, content.personas())).toList();
        int score = points.get(0).score();
        return new EmotionView(2 - score, score < 0 ? "jm-print-score-neg" : score > 0 ? "jm-print-score-pos"
                : "jm-print-score-zero", lines);
    }

    private String line(EmotionPoint point, boolean labelled, List<Persona> personas) {
        String score = "<strong>" + signed(point.score()) + "</strong>";
        String note = point.note() == null ? "" : " " + Texts.html(point.note());
        if (!labelled) {
            return score + note;
        }
        String label = texts.label("journeymaps.emotion.curve", point.curve());
        String persona = personas.stream().filter(p -> Objects.equals(p.id(), point.personaId())).findFirst()
                .map(p -> " (" + Texts.html(p.name()) + ")").orElse("");
        return label + persona + texts.label("journeymaps.print.colon") + score + note;
    }

    static String signed(int score) {
        return score < 0 ? MINUS + (-score) : score > 0 ? "+" + score : "0";
    }
}
