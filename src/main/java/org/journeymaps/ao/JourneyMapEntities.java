package org.journeymaps.ao;

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
