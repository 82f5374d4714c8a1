package org.journeymaps.ao.history;

import org.journeymaps.ao.AoRepositoryTest;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.journeymaps.domain.structure.Card;
import org.journeymaps.domain.structure.CardAttributes;
import org.journeymaps.domain.structure.Channel;
import org.journeymaps.domain.emotion.EmotionPoint;
import org.journeymaps.domain.structure.Evidence;
import org.journeymaps.domain.jira.IssueLink;
import org.journeymaps.domain.map.JourneyMap;
import org.journeymaps.domain.map.JourneyState;
import org.journeymaps.domain.structure.Lane;
import org.journeymaps.domain.structure.LaneType;
import org.journeymaps.domain.map.MapContent;
import org.journeymaps.domain.persona.Persona;
import org.journeymaps.domain.structure.Severity;
import org.journeymaps.domain.structure.Stage;
import org.journeymaps.domain.jira.StatusCategory;
import org.journeymaps.domain.history.MapVersion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import static org.journeymaps.testdata.CardBuilder.aCard;
import static org.journeymaps.testdata.EmotionPointBuilder.anEmotionPoint;
import static org.journeymaps.testdata.LaneBuilder.aLane;
import static org.journeymaps.testdata.PersonaBuilder.aPersona;
import static org.journeymaps.testdata.StageBuilder.aStage;

class MapVersionRowsTest extends AoRepositoryTest {
    private AoMapHistory history;

    @BeforeEach
    void openHistory() {
        history = new AoMapHistory(ao);
    }

    @Test
    void versions_shouldListNewestFirstWithoutTheirSnapshotsAndCountPerMap() {
        JourneyMap map = newMap(100, "Achat");
        JourneyMap other = newMap(101, "Retour");
        MapContent content = new MapContent(map, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        MapVersion first = MapVersion.automatic(map.id(), 1, null, "alice", CREATED, 3);
        MapVersion second = MapVersion.named(map.id(), 2, "Atelier", null, CREATED.plusSeconds(60), 7);
        inTransaction(() -> {
            history.insertVersion(first, content);
            history.insertVersion(second, content);
            history.insertVersion(MapVersion.named(other.id(), 1, "Autre", "bob", CREATED, 1), content);
        });

        assertThat(history.versions(map.id(), 0, 10)).containsExactly(second, first);
        assertThat(history.versions(map.id(), 1, 10)).containsExactly(first);
        assertThat(history.latestVersion(map.id())).contains(second);
        assertThat(history.countVersions(map.id())).isEqualTo(2);
        assertThat(history.latestVersion(newMap(102, "Vide").id())).isEmpty();
        assertThat(history.snapshot(map.id(), 3)).isEmpty();
    }

    @Test
    void snapshot_ofALargeMap_shouldReadBackEqual() {
        JourneyMap map = newMap(100, "Grande carte");
        MapContent large = largeContent(map, 40, 12, 2_400);
        inTransaction(() -> history.insertVersion(MapVersion.named(map.id(), 1, "Tout", "alice", CREATED, 1), large));

        MapContent read = inTransaction(() -> history.snapshot(map.id(), 1).orElseThrow());

        assertThat(read).isEqualTo(large);
        assertThat(read.cards()).hasSize(2_400);
    }

    @Test
    void deletingTheMap_shouldDeleteItsVersions() {
        JourneyMap map = newMap(100, "Achat");
        MapContent content = new MapContent(map, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        inTransaction(() -> history.insertVersion(MapVersion.named(map.id(), 1, "v", "alice", CREATED, 1), content));

        inTransaction(() -> repository.deleteMap(map.id()));

        assertThat(rowsOf(AoMapVersion.class)).isZero();
    }

    /** Every kind of element and attribute, ids as a database would give them. */
    private static MapContent largeContent(JourneyMap map, int stageCount, int laneCount, int cardCount) {
        List<Stage> stages = new ArrayList<>();
        for (int i = 0; i < stageCount; i++) {
            stages.add(aStage().withId(1_000 + i).onMap(map.id()).named("Étape " + i)
                    .withDescription(i % 3 == 0 ? "Note\nsur deux lignes" : null).at(i).atVersion(2).build());
        }
        LaneType[] types = LaneType.values();
        List<Lane> lanes = new ArrayList<>();
        for (int i = 0; i < laneCount; i++) {
            lanes.add(aLane().withId(2_000 + i).onMap(map.id()).named("Ligne " + i).ofType(types[i % types.length]).at(i)
                    .build());
        }
        List<Card> cards = new ArrayList<>();
        List<IssueLink> links = new ArrayList<>();
        for (int i = 0; i < cardCount; i++) {
            Lane lane = lanes.get(i % laneCount);
            CardAttributes attributes = switch (lane.type()) {
                case PAIN_POINTS -> new CardAttributes(null, Severity.HIGH, null, null, null, null, Evidence.VALIDATED);
                case TOUCHPOINTS -> new CardAttributes(Channel.WEB, null, null, null, null, null, null);
                default -> CardAttributes.NONE;
            };
            Card card = aCard().withId(10_000 + i).onMap(map.id()).inStage(stages.get(i / laneCount % stageCount).id())
                    .inLane(lane.id()).at(i / (laneCount * stageCount)).withText("Carte « " + i + " » <b>&</b>")
                    .withAttributes(attributes).atVersion(1 + i % 4).build();
            cards.add(card);
            if (i % 10 == 0) {
                links.add(new IssueLink(50_000 + i, card.id(), "jira", "SHOP-" + i, "Résumé", "Open", StatusCategory.NEW,
                        CREATED, null));
            }
        }
        List<Persona> personas = List.of(aPersona().withId(7).inSpace(SPACE).named("Camille").withRole("Cliente")
                .inColor("#336699").build());
        List<EmotionPoint> emotions = new ArrayList<>();
        for (Stage stage : stages) {
            emotions.add(anEmotionPoint().withId(stage.id() + 5_000).onMap(map.id()).atStage(stage.id())
                    .scoring(stage.position() % 5 - 2).withNote("pourquoi").build());
            emotions.add(anEmotionPoint().withId(stage.id() + 6_000).onMap(map.id()).atStage(stage.id()).ofPersona(7L)
                    .onCurve(JourneyState.FUTURE).scoring(1).build());
        }
        return new MapContent(map, stages, lanes, cards, emotions, personas, links);
    }
}
