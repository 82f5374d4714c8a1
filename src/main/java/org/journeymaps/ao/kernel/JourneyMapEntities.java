package org.journeymaps.ao.kernel;

import org.journeymaps.ao.branding.AoSpaceBranding;
import org.journeymaps.ao.branding.AoSpaceLogo;
import org.journeymaps.ao.comment.AoComment;
import org.journeymaps.ao.comment.AoMapWatch;
import org.journeymaps.ao.emotion.AoEmotion;
import org.journeymaps.ao.history.AoMapVersion;
import org.journeymaps.ao.jira.AoIssueLink;
import org.journeymaps.ao.jira.AoIssueRequest;
import org.journeymaps.ao.map.AoJourneyMap;
import org.journeymaps.ao.map.AoMapChange;
import org.journeymaps.ao.persona.AoMapPersona;
import org.journeymaps.ao.persona.AoPersona;
import org.journeymaps.ao.presence.AoPresence;
import org.journeymaps.ao.structure.AoCard;
import org.journeymaps.ao.structure.AoLane;
import org.journeymaps.ao.structure.AoStage;
import net.java.ao.RawEntity;

/** Every entity of the app, parents before children, as the descriptor's {@code <ao>} module lists them. */
public final class JourneyMapEntities {

    @SuppressWarnings("unchecked")
    public static final Class<? extends RawEntity<?>>[] ALL = new Class[] {
        AoJourneyMap.class, AoStage.class, AoLane.class, AoPersona.class, AoMapPersona.class,
        AoCard.class, AoEmotion.class, AoIssueLink.class, AoMapChange.class,
        // Live collaboration
        AoPresence.class,
        // History
        AoMapVersion.class,
        // Jira issues: creation requests in flight
        AoIssueRequest.class,
        // Comments
        AoComment.class, AoMapWatch.class,
        // Branding per space (model version 2)
        AoSpaceBranding.class, AoSpaceLogo.class
    };

    private JourneyMapEntities() {
    }
}
