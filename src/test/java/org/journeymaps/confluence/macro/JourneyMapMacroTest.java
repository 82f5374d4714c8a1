package org.journeymaps.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import org.journeymaps.app.JiraDirectory;
import org.journeymaps.app.MapService;
import org.journeymaps.app.NotFoundException;
import org.journeymaps.confluence.HostRendering;
import org.journeymaps.devhost.i18n.DevI18nResolver;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class JourneyMapMacroTest {

    private final MapService maps = mock(MapService.class);
    private final PageBuilderService pageBuilder = mock(PageBuilderService.class, RETURNS_DEEP_STUBS);
    private final JiraDirectory jira = mock(JiraDirectory.class);
    private JourneyMapMacro macro;

    @BeforeEach
    void setUp() {
        DevI18nResolver i18n = HostRendering.i18n(Locale.ENGLISH);
        when(jira.serverUrls()).thenReturn(Map.of("jira", "https://jira.example.com"));
        macro = new JourneyMapMacro(maps, HostRendering.renderer(i18n), pageBuilder, i18n, jira);
        when(maps.get(7)).thenReturn(MacroFixture.map(true));
    }

    @Test
    void exportsARealTableWithStageAndLaneHeaders() throws Exception {
        String html = render(Map.of("mapId", "7"), "pdf");

        assertThat(html).contains("<table class=\"jm-grid\">", "<th scope=\"col\" class=\"jm-stage\">",
                "<th scope=\"row\" class=\"jm-lane-header\">", "Achat &amp; paiement", "Douleurs",
                "id=\"journey-map-7\"", "data-journey-map-id=\"7\"", "data-page-id=\"65537\"",
                "data-can-edit=\"true\"", "Critical", "CX-12", "In Progress", "jm-issue-indeterminate");
    }

    @Test
    void thePageViewUsesTheCanvasMarkupSoTheFirstPaintLooksLikeTheMap() throws Exception {
        String html = render(Map.of("mapId", "7"), "display");

        assertThat(html).doesNotContain("<table").contains("<div class=\"jm-canvas\" role=\"grid\"",
                "<div class=\"jm-stage-head jm-tone-1 jm-stage-first\"", "<span class=\"jm-stage-num\" aria-hidden=\"true\">1</span>",
                "<div class=\"jm-lane-head\" role=\"rowheader\">", "<p class=\"jm-severity jm-severity-critical\">Critical</p>",
                "<span class=\"jm-jira-issue jm-issue-indeterminate\">", "Achat &amp; paiement", "Douleurs",
                "data-journey-map-id=\"7\"", "data-can-edit=\"true\"");
        assertThat(render(Map.of("mapId", "7"), "preview")).contains("role=\"grid\"");
    }

    @Test
    void issueKeysLinkToJiraAndPainPointsRollUpPerStageAndMap() throws Exception {
        assertThat(render(Map.of("mapId", "7"), "display"))
                .contains("<a class=\"jm-jira-key\" href=\"https://jira.example.com/browse/CX-12\">CX-12</a>");
        String html = render(Map.of("mapId", "7"), "pdf");

        assertThat(html).contains("<a class=\"jm-issue-key\" href=\"https://jira.example.com/browse/CX-12\">CX-12</a>",
                "<p class=\"jm-rollup jm-map-rollup\">0 of 1 pain points resolved</p>",
                "<span class=\"jm-rollup jm-stage-rollup\">0 of 1 pain points resolved</span>");
        assertThat(html.split("jm-stage-rollup", -1)).hasSize(2); // the stage without pain points shows none
    }

    @Test
    void userTextIsEscapedSoScriptsStayInert() throws Exception {
        String html = render(Map.of("mapId", "7"), "display");

        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("Hiver « froid »", "Compte obligatoire ☕");
    }

    @Test
    void emotionCurveIsAnSvgWithATextAlternativeForScreenReaders() throws Exception {
        String html = render(Map.of("mapId", "7"), "display");

        assertThat(html).contains("<div class=\"jm-curve-cell\" role=\"gridcell\" aria-describedby=\"journey-map-7-curve\">",
                "<svg class=\"jm-curve-svg\" viewBox=\"0 -30 200 160\"",
                "<ul class=\"jm-visually-hidden\" id=\"journey-map-7-curve\">",
                "Recherche score 1 (positive) — Contente", "Achat &amp; paiement score -2 (very negative)",
                "points=\"50,30 150,90\"");
        assertThat(render(Map.of("mapId", "7"), "pdf")).contains("<svg class=\"jm-curve\"", "role=\"img\"",
                "aria-labelledby=\"journey-map-7-curve\"");
    }

    @Test
    void displayRequiresTheStylesheetWhileExportsInlineItShowTheCurveAsTextAndHaveNoScript() throws Exception {
        RequiredResources resources = pageBuilder.assembler().resources();
        String pdf = render(Map.of("mapId", "7"), "pdf");

        assertThat(pdf).contains("<style>", ".jm-grid", "<ul class=\"jm-curve-text\" id=\"journey-map-7-curve\">")
                .doesNotContain("<script");
        verify(resources, never()).requireWebResource(JourneyMapMacro.VIEW_RESOURCES);

        String display = render(Map.of("mapId", "7"), "display");
        assertThat(display).doesNotContain("<style>");
        verify(resources).requireWebResource(JourneyMapMacro.VIEW_RESOURCES);
    }

    @Test
    void displayAndPreviewRequireTheViewerWhileExportsAndMessagesStayScriptFree() throws Exception {
        RequiredResources resources = pageBuilder.assembler().resources();
        for (String export : List.of("pdf", "word", "email", "feed")) {
            render(Map.of("mapId", "7"), export);
        }
        when(maps.get(8)).thenThrow(new NotFoundException("map", 8));
        render(Map.of("mapId", "8"), "display");
        render(Map.of(), "display");
        verify(resources, never()).requireWebResource(JourneyMapMacro.VIEWER_RESOURCES);

        render(Map.of("mapId", "7"), "display");
        render(Map.of("mapId", "7"), "preview");
        verify(resources, times(2)).requireWebResource(JourneyMapMacro.VIEWER_RESOURCES);
        assertThat(JourneyMapMacro.VIEWER_RESOURCES)
                .isEqualTo("org.journeymaps.journey-maps:entrypoint-journey-map-viewer");
    }

    @Test
    void lanesParameterFiltersRowsAndNamesUnknownTypes() throws Exception {
        String html = render(Map.of("mapId", "7", "lanes", "pain_points, swimlanes"), "display");

        assertThat(html).contains("Douleurs", "Unknown lane type &quot;swimlanes&quot;",
                        "data-lane-types=\"PAIN_POINTS\"")
                .doesNotContain(">Actions<", "jm-curve");
        assertThat(render(Map.of("mapId", "7"), "display")).contains("data-lane-types=\"\"");
    }

    @Test
    void aMapTheReaderMayNotSeeIsAMessageNotAnError() throws Exception {
        when(maps.get(8)).thenThrow(new NotFoundException("map", 8));

        assertThat(render(Map.of("mapId", "8"), "display"))
                .contains("does not exist, or you do not have permission to view it").doesNotContain("<table");
        assertThat(render(Map.of(), "display")).contains("No journey map is selected");
        assertThat(render(Map.of("mapId", "abc<b>"), "display")).contains("&quot;abc&lt;b&gt;&quot; is not valid");
    }

    @Test
    void followsTheReadersLanguage() throws Exception {
        DevI18nResolver french = HostRendering.i18n(Locale.FRENCH);
        macro = new JourneyMapMacro(maps, HostRendering.renderer(french), pageBuilder, french, jira);

        assertThat(render(Map.of("mapId", "7"), "display")).contains("État actuel", "Points de douleur", "Critique");
        assertThat(render(Map.of("mapId", "7"), "pdf")).contains("0 sur 1 points de douleur résolus");
    }

    private String render(Map<String, String> parameters, String outputType) throws Exception {
        ConversionContext context = mock(ConversionContext.class);
        when(context.getOutputType()).thenReturn(outputType);
        return macro.execute(parameters, null, context);
    }
}
