package org.journeymaps.confluence.macro;

import java.util.List;

/**
 * What the macro template shows, already escaped: every {@code *Html} value is safe to print as is. Records,
 * so the template can only read; each accessor the template calls is on the descriptor's velocity allowlist.
 * {@code laneTypes} names the lane types the page author chose (e.g. {@code PAIN_POINTS,OPPORTUNITIES}; empty
 * for all), so the viewer shows the same lanes. {@code rollupHtml} ("n of m pain points resolved", from the
 * cached Jira status) is empty when the map has no pain point; so is a stage's. The template calls no JDK method
 * (which of them Confluence's global allowlist holds is not public): the view answers its questions itself.
 */
public record MapTableView(String rootId, long mapId, long pageId, String spaceKeyHtml, boolean canEdit,
                           String outputType, boolean compact, String laneTypes, String titleHtml, String descriptionHtml,
                           String stateHtml, String stateClass, String captionHtml, String cornerHtml,
                           List<PersonaView> personas, List<StageColumnView> stages, List<LaneRowView> lanes,
                           List<String> warningsHtml, String rollupHtml) {

    public boolean hasPersonas() {
        return !personas.isEmpty();
    }

    public int stageCount() {
        return stages.size();
    }

    /** A persona chip above the map. */
    public record PersonaView(String nameHtml, String roleHtml, String color) {
    }

    /**
     * A column header; {@code number} counts from 1 and {@code headClass} gives the page view's chevron its tone
     * (light to dark along the journey) and marks the first and last.
     */
    public record StageColumnView(String nameHtml, String descriptionHtml, String rollupHtml, int number, String headClass) {
    }

    /** A row: its header and either one cell per stage or, for the emotions lane, the curve. */
    public record LaneRowView(String nameHtml, String typeHtml, String typeClass, EmotionCurveView curve,
                              List<List<CardView>> cells, boolean hasCards) {
    }

    /**
     * A card with its badges (channel, severity, status…) and linked Jira issues; the page view shows severity as
     * a header band, the channel above the text and the status as a lozenge ({@code *Html} empty when unset).
     */
    public record CardView(String textHtml, String cssClass, List<BadgeView> badges, List<IssueView> issues,
                           String severityClass, String severityHtml, String channelHtml, String statusClass,
                           String statusHtml) {

        public boolean hasMeta() {
            return !badges.isEmpty() || !issues.isEmpty();
        }

        public boolean hasIssues() {
            return !issues.isEmpty();
        }
    }

    /** A small label on a card; {@code cssClass} carries its colour. */
    public record BadgeView(String cssClass, String labelHtml) {
    }

    /** A Jira issue key with its last known status; {@code urlHtml} opens it in Jira (empty when unknown). */
    public record IssueView(String keyHtml, String urlHtml, String statusHtml, String statusClass) {
    }
}
