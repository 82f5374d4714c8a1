package org.journeymaps.domain;

import org.journeymaps.domain.emotion.EmotionPoint;
import org.journeymaps.domain.jira.IssueLink;
import org.journeymaps.domain.map.JourneyMap;
import org.journeymaps.domain.map.JourneyState;
import org.journeymaps.domain.map.MapContent;
import org.journeymaps.domain.persona.Persona;
import org.journeymaps.domain.structure.Card;
import org.journeymaps.domain.structure.CardAttributes;
import org.journeymaps.domain.structure.Lane;
import org.journeymaps.domain.structure.LaneType;
import org.journeymaps.domain.structure.Stage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.journeymaps.testdata.CardBuilder.aCard;
import static org.journeymaps.testdata.EmotionPointBuilder.anEmotionPoint;
import static org.journeymaps.testdata.LaneBuilder.aLane;
import static org.journeymaps.testdata.PersonaBuilder.aPersona;
import static org.journeymaps.testdata.StageBuilder.aStage;

/** Builds map contents element by element for domain tests; ids are given, so tests control matching. */
public final class SampleContent {
    private static final Instant AT = Instant.parse("2026-05-01T09:00:00Z");

    private JourneyMap map;
    private final List<Stage> stages = new ArrayList<>();
    private final List<Lane> lanes = new ArrayList<>();
    private final List<Card> cards = new ArrayList<>();
    private final List<EmotionPoint> emotions = new ArrayList<>();
    private final List<Persona> personas = new ArrayList<>();
    private final List<IssueLink> issueLinks = new ArrayList<>();

    private SampleContent(long mapId, String title, JourneyState state) {
        map = JourneyMap.create(1, "DS", title, null, state, "alice", AT).withId(mapId);
    }

    public static SampleContent map(long mapId, String title, JourneyState state) {
        return new SampleContent(mapId, title, state);
    }

    public static SampleContent map(long mapId, String title) {
        return map(mapId, title, JourneyState.CURRENT);
    }

    public SampleContent title(String title) {
        map = map.edited(title, null, null, null, null);
        return this;
    }

    public SampleContent stage(long id, String name) {
        stages.add(aStage().withId(id).onMap(map.id()).named(name).at(stages.size()).build());
        return this;
    }

    public SampleContent lane(long id, String name, LaneType type) {
        lanes.add(aLane().withId(id).onMap(map.id()).named(name).ofType(type).at(lanes.size()).build());
        return this;
    }

    public SampleContent card(long id, long stageId, long laneId, String text) {
        return card(id, stageId, laneId, text, CardAttributes.NONE);
    }

    public SampleContent card(long id, long stageId, long laneId, String text, CardAttributes attributes) {
        int position = (int) cards.stream().filter(c -> c.stageId() == stageId && c.laneId() == laneId).count();
        cards.add(aCard().withId(id).onMap(map.id()).inStage(stageId).inLane(laneId).at(position).withText(text)
                .withAttributes(attributes).build());
        return this;
    }

    public SampleContent emotion(long id, long stageId, Long personaId, JourneyState curve, int score) {
        emotions.add(anEmotionPoint().withId(id).onMap(map.id()).atStage(stageId).ofPersona(personaId).onCurve(curve)
                .scoring(score).build());
        return this;
    }

    public SampleContent persona(long id, String name) {
        personas.add(aPersona().withId(id).inSpace("DS").named(name).build());
        return this;
    }

    public SampleContent issue(long cardId, String key) {
        issueLinks.add(new IssueLink(issueLinks.size() + 1, cardId, "jira", key, null, null, null, null, null));
        return this;
    }

    public MapContent build() {
        return new MapContent(map, stages, lanes, cards, emotions, personas, issueLinks);
    }
}
