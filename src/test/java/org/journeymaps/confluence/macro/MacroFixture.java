package org.journeymaps.confluence.macro;

import org.journeymaps.app.kernel.MapPermissions;
import org.journeymaps.app.map.MapView;
import org.journeymaps.domain.structure.Card;
import org.journeymaps.domain.structure.CardAttributes;
import org.journeymaps.domain.emotion.EmotionPoint;
import org.journeymaps.domain.jira.IssueLink;
import org.journeymaps.domain.map.JourneyMap;
import org.journeymaps.domain.map.JourneyState;
import org.journeymaps.domain.structure.Lane;
import org.journeymaps.domain.structure.LaneType;
import org.journeymaps.domain.map.MapContent;
import org.journeymaps.domain.persona.Persona;
import org.journeymaps.domain.structure.Severity;
import org.journeymaps.domain.jira.StatusCategory;
import org.journeymaps.domain.structure.Stage;

import java.time.Instant;
import java.util.List;

/** A small map to render (see {@link org.journeymaps.confluence.HostRendering} for the host's rendering). */
final class MacroFixture {

    static final String HOSTILE = "<script>alert(1)</script>";

    private MacroFixture() {
    }

    /** Two stages, an actions lane, a pain-points lane, an emotions lane; hostile text in the card and title. */
    static MapView map(boolean canEdit) {
        Instant at = Instant.parse("2026-11-01T10:00:00Z");
        JourneyMap map = new JourneyMap(7, 65537, "DEMO", "Veste " + HOSTILE, "Hiver « froid »",
                JourneyState.CURRENT, null, null, null, 5, 1, "alice", at, "alice", at);
        List<Stage> stages = List.of(new Stage(11, 7, "Recherche", null, 0, 1),
                new Stage(12, 7, "Achat & paiement", "Commande", 1, 1));
        List<Lane> lanes = List.of(new Lane(21, 7, "Actions", LaneType.ACTIONS, 0, 1),
                new Lane(22, 7, "Douleurs", LaneType.PAIN_POINTS, 1, 1),
                new Lane(23, 7, "Émotions", LaneType.EMOTIONS, 2, 1));
        List<Card> cards = List.of(new Card(31, 7, 11, 21, 0, HOSTILE, CardAttributes.NONE, 1),
                new Card(32, 7, 12, 22, 0, "Compte obligatoire ☕",
                        new CardAttributes(null, Severity.CRITICAL, null, null, null, null, null), 1));
        List<EmotionPoint> emotions = List.of(new EmotionPoint(41, 7, 11, null, JourneyState.CURRENT, 1, "Contente", 1),
                new EmotionPoint(42, 7, 12, null, JourneyState.CURRENT, -2, null, 1));
        List<Persona> personas = List.of(new Persona(51, "DEMO", "Julie", "Cliente", null, null, null, null,
                "#0052cc", 1));
        List<IssueLink> links = List.of(new IssueLink(61, 32, "jira", "CX-12", "Guest checkout", "In Progress",
                StatusCategory.INDETERMINATE, at, null));
        return new MapView(new MapContent(map, stages, lanes, cards, emotions, personas, links),
                new MapPermissions(true, true, canEdit, false));
    }
}
