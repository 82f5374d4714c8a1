package org.journeymaps.confluence.macro;

import org.journeymaps.app.jira.JiraDirectory;
import org.journeymaps.app.map.MapView;
import org.journeymaps.confluence.macro.MapTableView.BadgeView;
import org.journeymaps.confluence.macro.MapTableView.CardView;
import org.journeymaps.confluence.macro.MapTableView.IssueView;
import org.journeymaps.confluence.macro.MapTableView.LaneRowView;
import org.journeymaps.confluence.macro.MapTableView.PersonaView;
import org.journeymaps.confluence.macro.MapTableView.StageColumnView;
import org.journeymaps.domain.structure.Card;
import org.journeymaps.domain.structure.CardAttributes;
import org.journeymaps.domain.jira.IssueLink;
import org.journeymaps.domain.map.JourneyMap;
import org.journeymaps.domain.structure.Lane;
import org.journeymaps.domain.structure.LaneType;
import org.journeymaps.domain.map.MapContent;
import org.journeymaps.domain.jira.Rollup;
import org.journeymaps.domain.structure.Stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Builds the escaped view of a map for the macro template, keeping only the lanes the page author chose. */
final class MapTableViewFactory {

    /** Opportunity status lozenges, as in the canvas (CardFace). */
    private static final Map<String, String> STATUS_TONES = Map.of("OPEN", "jm-loz-purple", "IN_PROGRESS", "jm-loz-blue",
            "DONE", "jm-loz-green", "DISMISSED", "jm-loz-red");

    private final Texts texts;
    private final EmotionCurveFactory curves;

    MapTableViewFactory(Texts texts) {
        this.texts = texts;
        this.curves = new EmotionCurveFactory(texts);
    }

    /** {@code serverUrls}: each Jira server's base URL by id, for the issue links. */
    MapTableView build(MapView view, MacroOptions options, String outputType, Map<String, String> serverUrls) {
        MapContent content = view.content();
        JourneyMap map = content.map();
        List<Lane> lanes = content.lanes().stream().filter(lane -> options.shows(lane.type())).toList();
        Map<Long, List<IssueLink>> issuesByCard = content.issueLinks().stream()
                .collect(Collectors.groupingBy(IssueLink::cardId));
        Map<List<Long>, List<Card>> cardsByCell = content.cards().stream()
                .collect(Collectors.groupingBy(card -> List.of(card.laneId(), card.stageId())));
        List<LaneRowView> rows = lanes.stream()
                .map(lane -> row(lane, content, cardsByCell, issuesByCard, serverUrls)).toList();
        Rollup rollup = Rollup.of(content);
        return new MapTableView("journey-map-" + map.id(), map.id(), map.pageId(), Texts.html(map.spaceKey()),
                view.permissions().edit(), outputType, options.compact(),
                options.laneTypes().stream().map(Enum::name).collect(Collectors.joining(",")), Texts.html(map.title()),
                Texts.html(map.description()), texts.label("journeymaps.state", map.state()),
                "jm-state-" + map.state().name().toLowerCase(Locale.ROOT),
                texts.label("journeymaps.map.caption", map.title(), content.stages().size(), lanes.size()),
                texts.label("journeymaps.map.corner"),
                content.personas().stream().map(p -> new PersonaView(Texts.html(p.name()), Texts.html(p.role()),
                        p.color() == null ? "#6b778c" : p.color())).toList(),
                IntStream.range(0, rollup.stages().size())
                        .mapToObj(i -> stageColumn(content, rollup.stages().get(i), i, rollup.stages().size())).toList(),
                rows, options.unknownLaneTypes().stream()
                        .map(name -> texts.label("journeymaps.macro.warning.lanes", name)).toList(),
                rollupHtml(rollup.resolved(), rollup.total()));
    }

    private StageColumnView stageColumn(MapContent content, Rollup.StageRollup rollup, int index, int count) {
        Stage stage = content.stages().stream().filter(s -> s.id() == rollup.stageId()).findFirst().orElseThrow();
        // The same tones as the viewer without phases (canvas/phases.ts): the journey's thirds, light to dark.
        String headClass = "jm-tone-" + (index * 3 / count + 1) + (index == 0 ? " jm-stage-first" : "")
                + (index == count - 1 ? " jm-stage-last" : "");
        return new StageColumnView(Texts.html(stage.name()), Texts.html(stage.description()),
                rollupHtml(rollup.resolved(), rollup.total()), index + 1, headClass);
    }

    private String rollupHtml(int resolved, int total) {
        return total == 0 ? "" : texts.label("journeymaps.jira.rollup", resolved, total);
    }

    private LaneRowView row(Lane lane, MapContent content, Map<List<Long>, List<Card>> cardsByCell,
                            Map<Long, List<IssueLink>> issuesByCard, Map<String, String> serverUrls) {
        List<List<CardView>> cells = new ArrayList<>();
        for (Stage stage : content.stages()) {
            cells.add(cardsByCell.getOrDefault(List.of(lane.id(), stage.id()), List.of()).stream()
                    .map(card -> card(card, lane.type(), issuesByCard.getOrDefault(card.id(), List.of()), serverUrls))
                    .toList());
        }
        EmotionCurveView curve = lane.type() == LaneType.EMOTIONS
                ? curves.curve(content.map().id(), content.stages(), content.emotions(), content.personas())
                : null;
        return new LaneRowView(Texts.html(lane.name()), texts.label("journeymaps.lane.type", lane.type()),
                "jm-lane-" + lane.type().name().toLowerCase(Locale.ROOT).replace('_', '-'), curve, cells,
                cells.stream().anyMatch(cell -> !cell.isEmpty()));
    }

    private CardView card(Card card, LaneType laneType, List<IssueLink> issues, Map<String, String> serverUrls) {
        CardAttributes a = card.attributes();
        List<BadgeView> badges = new ArrayList<>();
        if (a.channel() != null) {
            badges.add(badge("jm-channel", "journeymaps.channel", a.channel()));
        }
        if (a.severity() != null) {
            badges.add(badge("jm-severity-" + lower(a.severity()), "journeymaps.severity", a.severity()));
        }
        if (a.status() != null) {
            badges.add(badge("jm-status-" + lower(a.status()), "journeymaps.status", a.status()));
        }
        if (a.impact() != null) {
            badges.add(new BadgeView("jm-rating", texts.label("journeymaps.card.impact",
                    texts.raw("journeymaps.rating." + a.impact().name()))));
        }
        if (a.effort() != null) {
            badges.add(new BadgeView("jm-rating", texts.label("journeymaps.card.effort",
                    texts.raw("journeymaps.rating." + a.effort().name()))));
        }
        if (a.evidence() != null) {
            badges.add(badge("jm-evidence-" + lower(a.evidence()), "journeymaps.evidence", a.evidence()));
        }
        return new CardView(Texts.html(card.text()), "jm-card jm-card-" + lower(laneType), badges,
                issues.stream().map(link -> issue(link, serverUrls.get(link.serverId()))).toList(),
                a.severity() == null ? "" : "jm-severity-" + lower(a.severity()),
                a.severity() == null ? "" : texts.label("journeymaps.canvas.severity", a.severity()),
                a.channel() == null ? "" : texts.label("journeymaps.channel", a.channel()),
                a.status() == null ? "" : STATUS_TONES.get(a.status().name()),
                a.status() == null ? "" : texts.label("journeymaps.status", a.status()));
    }

    private IssueView issue(IssueLink link, String serverUrl) {
        String category = link.statusCategory() == null ? "unknown" : link.statusCategory().name();
        return new IssueView(Texts.html(link.issueKey()), Texts.html(JiraDirectory.issueUrl(serverUrl, link.issueKey())),
                Texts.html(link.status()),
                "jm-issue-" + category.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", ""));
    }

    private BadgeView badge(String cssClass, String prefix, Enum<?> value) {
        return new BadgeView(cssClass, texts.label(prefix, value));
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
