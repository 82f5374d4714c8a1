package org.journeymaps.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import java.util.List;
import java.util.Optional;
import org.journeymaps.app.branding.BrandingService;
import org.journeymaps.app.jira.JiraDirectory;
import org.journeymaps.app.map.MapService;
import org.journeymaps.app.kernel.NotFoundException;
import org.journeymaps.confluence.HostRendering;
import org.journeymaps.confluence.branding.MapBranding;
import org.journeymaps.devhost.i18n.DevI18nResolver;
import org.journeymaps.domain.branding.HexColour;
import org.journeymaps.domain.branding.Palette;
import org.journeymaps.domain.branding.SpaceBranding;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
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
    private final BrandingService brandings = mock(BrandingService.class);
    private final MapBranding branding = new MapBranding(brandings);
    private JourneyMapMacro macro;

    @BeforeEach
    void setUp() {
        DevI18nResolver i18n = HostRendering.i18n(Locale.ENGLISH);
        when(jira.serverUrls()).thenReturn(Map.of("jira", "https://jira.example.com"));
        macro = macro(i18n, Locale.ENGLISH);
        when(maps.get(7)).thenReturn(MacroFixture.map(true));
    }

    @Test
    void emailGetsARealTableWithStageAndLaneHeaders() throws Exception {
        String html = render(Map.of("mapId", "7"), "email");

        assertThat(html).contains("<table class=\"jm-grid\">", "<th scope=\"col\" class=\"jm-stage\">",
                "<th scope=\"row\" class=\"jm-lane-header\">", "Achat &amp; paiement", "Douleurs",
                "id=\"journey-map-7\"", "data-journey-map-id=\"7\"", "data-page-id=\"65537\"",
                "data-can-edit=\"true\"", "Critical", "CX-12", "In Progress", "jm-issue-indeterminate");
    }

    @Test
    void keepsAuisLookWithoutBrandingAndCarriesTheSpacesColoursAndLogoWithIt() throws Exception {
        assertThat(render(Map.of("mapId", "7"), "display")).doesNotContain("--jm-brand", "jm-map-logo");

        SpaceBranding on = new SpaceBranding("DEMO", true, new Palette(new HexColour("#AA0000"),
                List.of(new HexColour("#FFEEEE"), new HexColour("#CC3333"), new HexColour("#660000"))), true, 3);
        when(brandings.activeFor("DEMO")).thenReturn(Optional.of(on));
        when(brandings.logoUrl(on)).thenReturn("https://wiki.test/logo?v=3&x=\"<");

        assertThat(render(Map.of("mapId", "7"), "display")).contains(
                "style=\"--jm-brand: #AA0000; --jm-brand-text: #FFFFFF; --jm-phase-1: #FFEEEE; "
                        + "--jm-phase-1-text: #172B4D; --jm-phase-2: #CC3333; --jm-phase-2-text: #FFFFFF; "
                        + "--jm-phase-3: #660000; --jm-phase-3-text: #FFFFFF;\"",
                "<img class=\"jm-map-logo\" src=\"https://wiki.test/logo?v=3&amp;x=&quot;&lt;\" alt=\"\">");
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
        String html = render(Map.of("mapId", "7"), "email");

        assertThat(html).contains("<a class=\"jm-issue-key\" href=\"https://jira.example.com/browse/CX-12\">CX-12</a>",
                "<p class=\"jm-rollup jm-map-rollup\">0 of 1 pain point resolved</p>",
                "<span class=\"jm-rollup jm-stage-rollup\">0 of 1 pain point resolved</span>");
        assertThat(html.split("<span class=\"jm-rollup jm-stage-rollup\">", -1)).hasSize(2); // the stage without pain points shows none
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
        assertThat(render(Map.of("mapId", "7"), "email")).contains("<svg class=\"jm-curve\"", "role=\"img\"",
                "aria-labelledby=\"journey-map-7-curve\"");
    }

    @Test
    void displayRequiresTheStylesheetWhileExportsInlineItShowTheCurveAsTextAndHaveNoScript() throws Exception {
        RequiredResources resources = pageBuilder.assembler().resources();
        String email = render(Map.of("mapId", "7"), "email");

        assertThat(email).contains("<style>", ".jm-grid", "<ul class=\"jm-curve-text\" id=\"journey-map-7-curve\">")
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
        macro = macro(french, Locale.FRENCH);

        assertThat(render(Map.of("mapId", "7"), "display")).contains("État actuel", "Points de douleur", "Critique");
        assertThat(render(Map.of("mapId", "7"), "pdf")).contains("0 point de douleur résolu sur 1");
    }

    @Test
    void pdfAndWordGetThePrintLayoutWithItsPageRulesAndTheCurveInWords() throws Exception {
        for (String paged : List.of("pdf", "word")) {
            String html = render(Map.of("mapId", "7"), paged);

            assertThat(html).contains("<div class=\"jm-print\" id=\"journey-map-print-7\">", ".jm-print-grid",
                            "@page { size: A4 landscape;", "content: \"Page \" counter(page) \" of \" counter(pages)",
                            "Stages 1 to 2 of 2", "Revision 5", "Exported on Dec 3, 2026", "Persona: Julie, Cliente",
                            "<strong>+1</strong> Contente", "<strong>\u22122</strong>", "Achat &amp; paiement",
                            "&lt;script&gt;alert(1)&lt;/script&gt;", "Critical")
                    .doesNotContain("<script", "jm-grid\"", "<svg");
        }
    }

    @Test
    void thePrintLayoutSpeaksTheReadersLanguage() throws Exception {
        macro = macro(HostRendering.i18n(Locale.FRENCH), Locale.FRENCH);

        assertThat(render(Map.of("mapId", "7"), "pdf")).contains("\"Page \" counter(page) \" sur \" counter(pages)",
                "Étapes 1 à 2 sur 2", "Révision 5", "Exporté le 3 déc. 2026", "Persona\u00a0: Julie, Cliente",
                "État actuel");
    }

    private JourneyMapMacro macro(DevI18nResolver i18n, Locale locale) {
        MapPrintRenderer print = new MapPrintRenderer(HostRendering.renderer(i18n), i18n, () -> locale,
                () -> Instant.parse("2026-12-03T12:00:00Z"), jira);
        return new JourneyMapMacro(maps, HostRendering.renderer(i18n), pageBuilder, i18n, jira, print, branding);
    }

    private String render(Map<String, String> parameters, String outputType) throws Exception {
        ConversionContext context = mock(ConversionContext.class);
        when(context.getOutputType()).thenReturn(outputType);
        return macro.execute(parameters, null, context);
    }
}
