package org.journeymaps.devhost.demo;

import org.journeymaps.domain.structure.Channel;
import org.journeymaps.domain.structure.Evidence;
import org.journeymaps.domain.map.JourneyState;
import org.journeymaps.domain.structure.LaneType;
import org.journeymaps.domain.structure.OpportunityStatus;
import org.journeymaps.domain.structure.Rating;
import org.journeymaps.domain.structure.Severity;

import java.util.List;

/**
 * One demo file of {@code src/devhost/resources/demo}: a journey map and the page that shows it. {@code space}
 * (default DEMO) and {@code author} (default alice, who edits DEMO) say where and as whom it is created;
 * {@code intro} is the paragraph above the map on its page (default: a French sentence naming the map). Cards and
 * emotions name their stage and lane by index into {@code stages} and {@code lanes}.
 */
public record DemoMapFile(String space, String author, String page, String intro, String title, String description,
                          JourneyState state, List<PersonaEntry> personas, List<StageEntry> stages,
                          List<LaneEntry> lanes, List<CardEntry> cards, List<EmotionEntry> emotions) {

    public static final String DEFAULT_SPACE = "DEMO";
    public static final String DEFAULT_AUTHOR = "alice";

    public DemoMapFile {
        space = space == null ? DEFAULT_SPACE : space;
        author = author == null ? DEFAULT_AUTHOR : author;
        personas = personas == null ? List.of() : List.copyOf(personas);
        stages = stages == null ? List.of() : List.copyOf(stages);
        lanes = lanes == null ? List.of() : List.copyOf(lanes);
        cards = cards == null ? List.of() : List.copyOf(cards);
        emotions = emotions == null ? List.of() : List.copyOf(emotions);
    }

    /** A persona for the space's library, linked to the map. */
    public record PersonaEntry(String name, String role, String quote, String goals, String needs, String pains,
                               String color) {
    }

    public record StageEntry(String name, String description, String phase) {
    }

    public record LaneEntry(String name, LaneType type) {
    }

    public record CardEntry(Integer stage, Integer lane, String text, Channel channel, Severity severity,
                            OpportunityStatus status, Rating impact, Rating effort, Evidence evidence) {
    }

    /** A point of the map's general curve (the curve of the map's state). */
    public record EmotionEntry(Integer stage, Integer score, String note) {
    }
}
