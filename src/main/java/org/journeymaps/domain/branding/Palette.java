package org.journeymaps.domain.branding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.journeymaps.domain.kernel.InvalidFieldException;

/** A space's accent colours: the brand colour and three stage-band colours, light to dark. */
public record Palette(HexColour brand, List<HexColour> phases) {

    public static final int PHASE_COUNT = 3;
    /** AUI's look, which maps keep when a space has no branding. */
    public static final Palette DEFAULT = new Palette(new HexColour("#0052CC"),
            List.of(new HexColour("#DEEBFF"), new HexColour("#0065FF"), new HexColour("#0747A6")));

    public Palette {
        phases = List.copyOf(phases);
        if (phases.size() != PHASE_COUNT) {
            throw new IllegalArgumentException("a palette has " + PHASE_COUNT + " phase colours");
        }
    }

    /** Parses the colours as the API sends them; errors name {@code brand} or {@code phaseColours[i]}. */
    public static Palette parse(String brand, List<String> phaseColours) {
        if (phaseColours == null || phaseColours.size() != PHASE_COUNT) {
            throw new InvalidFieldException("phaseColours", "must hold " + PHASE_COUNT + " colours, light to dark");
        }
        List<HexColour> phases = new ArrayList<>();
        for (int i = 0; i < PHASE_COUNT; i++) {
            phases.add(HexColour.parse("phaseColours[" + i + "]", phaseColours.get(i)));
        }
        return new Palette(HexColour.parse("brand", brand), phases);
    }

    /**
     * The CSS custom properties that style a map root ({@code --jm-brand}, {@code --jm-brand-text},
     * {@code --jm-phase-N}, {@code --jm-phase-N-text}), each colour with its readable text colour.
     */
    public Map<String, String> tokens() {
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("--jm-brand", brand.hex());
        tokens.put("--jm-brand-text", brand.readableText().hex());
        for (int i = 0; i < PHASE_COUNT; i++) {
            tokens.put("--jm-phase-" + (i + 1), phases.get(i).hex());
            tokens.put("--jm-phase-" + (i + 1) + "-text", phases.get(i).readableText().hex());
        }
        return tokens;
    }

    /** The tokens as an inline {@code style} value; safe in an attribute, as every value is {@code #RRGGBB}. */
    public String inlineStyle() {
        StringBuilder style = new StringBuilder();
        tokens().forEach((name, value) -> style.append(name).append(": ").append(value).append("; "));
        return style.toString().trim();
    }
}
