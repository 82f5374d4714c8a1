package org.journeymaps.templates;

import java.util.List;
import org.journeymaps.domain.structure.Channel;
import org.journeymaps.domain.structure.Evidence;
import org.journeymaps.domain.structure.LaneType;
import org.journeymaps.domain.structure.OpportunityStatus;
import org.journeymaps.domain.structure.Rating;
import org.journeymaps.domain.structure.Severity;

/**
 * One template file ({@code map-templates/<id>.json}) as written: the layout once, every text in each offered
 * language side by side, so a template cannot drift between languages. Stages and lanes are named by index.
 */
record TemplateFile(LocalizedText name, LocalizedText description, List<StageEntry> stages, List<LaneEntry> lanes,
                    List<CardEntry> cards, List<EmotionEntry> emotions) {

    TemplateFile {
        stages = List.copyOf(required("stages", stages));
        lanes = List.copyOf(required("lanes", lanes));
        cards = cards == null ? List.of() : List.copyOf(cards);
        emotions = emotions == null ? List.of() : List.copyOf(emotions);
        required("name", name);
        required("description", description);
    }

    /** {@code phase}, optional, groups consecutive stages that name the same phase. */
    record StageEntry(LocalizedText name, LocalizedText description, LocalizedText phase) {
        StageEntry {
            required("name", name);
        }
    }

    record LaneEntry(LocalizedText name, LaneType type) {
        LaneEntry {
            required("name", name);
            required("type", type);
        }
    }

    record CardEntry(Integer stage, Integer lane, LocalizedText text, Channel channel, Severity severity,
                     OpportunityStatus status, Rating impact, Rating effort, Evidence evidence) {
        CardEntry {
            required("text", text);
        }
    }

    record EmotionEntry(Integer stage, Integer score, LocalizedText note) {
    }

    private static <T> T required(String field, T value) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }
}
