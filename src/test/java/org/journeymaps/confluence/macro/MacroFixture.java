package org.journeymaps.confluence.macro;

import org.journeymaps.app.kernel.MapPermissions;
import org.journeymaps.app.map.MapView;
import org.journeymaps.domain.structure.Card;
import org.journeymaps.domain.structure.CardAttributes;
import org.journeymaps.domain.emotion.EmotionPoint;
import org.journeymaps.domain.jira.IssueLink;
import org.journeymaps.domain.map.JourneyMap;
import org.journeymaps.domain.structure.Lane;
import org.journeymaps.domain.structure.LaneType;
import org.journeymaps.domain.map.MapContent;
import org.journeymaps.domain.persona.Persona;
import org.journeymaps.domain.structure.Severity;
import org.journeymaps.domain.jira.StatusCategory;
import org.journeymaps.domain.structure.Stage;

import java.time.Instant;
import java.util.List;

import static org.journeymaps.testdata.CardBuilder.aCard;
import static org.journeymaps.testdata.EmotionPointBuilder.anEmotionPoint;
import static org.journeymaps.testdata.JourneyMapBuilder.aMap;
import static org.journeymaps.testdata.LaneBuilder.aLane;
import static org.journeymaps.testdata.PersonaBuilder.aPersona;
import static org.journeymaps.testdata.StageBuilder.aStage;

/** A small map to render (see {@link org.journeymaps.confluence.HostRendering} for the host's rendering). */
final class MacroFixture {

    static final String HOSTILE = "<script>alert(1)</script>";

    private MacroFixture() {
    }

    /** Two stages, an actions lane, a pain-points lane, an emotions lane; hostile text in the card and title. */
    static MapView map(boolean canEdit) {
        Instant at = Instant.parse("2026-11-01T10:00:00Z");
        JourneyMap map = aMap().withId(7).titled("Veste " + HOSTILE).withDescription("Hiver « froid »").atRevision(5)
                .createdBy("alice", at).updatedBy("alice", at).build();
        List<Stage> stages = List.of(aStage().withId(11).onMap(7).named("Recherche").build(),
                aStage().withId(12).onMap(7).named("Achat & paiement").withDescription("Commande").at(1).build());
        List<Lane> lanes = List.of(aLane().withId(21).onMap(7).named("Actions").ofType(LaneType.ACTIONS).build(),
                aLane().withId(22).onMap(7).named("Douleurs").ofType(LaneType.PAIN_POINTS).at(1).build(),
                aLane().withId(23).onMap(7).named("Émotions").ofType(LaneType.EMOTIONS).at(2).build());
        List<Card> cards = List.of(aCard().withId(31).onMap(7).inStage(11).inLane(21).withText(HOSTILE).build(),
                aCard().withId(32).onMap(7).inStage(12).inLane(22).withText("Compte obligatoire ☕")
                        .withAttributes(new CardAttributes(null, Severity.CRITICAL, null, null, null, null, null))
                        .build());
        List<EmotionPoint> emotions = List.of(
                anEmotionPoint().withId(41).onMap(7).atStage(11).scoring(1).withNote("Contente").build(),
                anEmotionPoint().withId(42).onMap(7).atStage(12).scoring(-2).build());
        List<Persona> personas = List.of(aPersona().withId(51).inSpace("DEMO").named("Julie").withRole("Cliente")
                .inColor("#0052cc").build());
        List<IssueLink> links = List.of(new IssueLink(61, 32, "jira", "CX-12", "Guest checkout", "In Progress",
                StatusCategory.INDETERMINATE, at, null));
        return new MapView(new MapContent(map, stages, lanes, cards, emotions, personas, links),
                new MapPermissions(true, true, canEdit, false));
    }
}
