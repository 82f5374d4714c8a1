package org.journeymaps.confluence.editor;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.DevHostAuthenticatedUser;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.journeymaps.app.kernel.AuthenticationRequiredException;
import org.journeymaps.app.branding.BrandingService;
import org.journeymaps.app.kernel.MapPermissions;
import org.journeymaps.app.map.MapService;
import org.journeymaps.app.map.MapView;
import org.journeymaps.app.kernel.NotFoundException;
import org.journeymaps.confluence.HostRendering;
import org.journeymaps.confluence.branding.MapBranding;
import org.journeymaps.devhost.i18n.DevI18nResolver;
import org.journeymaps.devhost.security.DevLoginUriProvider;
import org.journeymaps.domain.map.JourneyMap;
import org.journeymaps.domain.map.JourneyState;
import org.journeymaps.domain.map.MapContent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.journeymaps.testdata.JourneyMapBuilder.aMap;

class JourneyMapEditorServletTest {

    private static final String HOSTILE = "<script>alert(\"x\")</script> & 'co'";
    private static final String CONTEXT = "/confluence";

    private final MapService maps = mock(MapService.class);
    private final PageBuilderService pageBuilder = mock(PageBuilderService.class, RETURNS_DEEP_STUBS);
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final StringWriter body = new StringWriter();
    private JourneyMapEditorServlet servlet;

    @BeforeEach
    void setUp() throws Exception {
        DevI18nResolver i18n = HostRendering.i18n(Locale.ENGLISH);
        servlet = new JourneyMapEditorServlet(maps, HostRendering.renderer(i18n), pageBuilder,
                new DevLoginUriProvider(CONTEXT), i18n, new MapBranding(mock(BrandingService.class)));
        when(request.getContextPath()).thenReturn(CONTEXT);
        when(request.getRequestURI()).thenReturn(CONTEXT + "/plugins/servlet/journeymaps/editor");
        when(request.getQueryString()).thenReturn("mapId=7");
        when(request.getParameter("mapId")).thenReturn("7");
        when(response.getWriter()).thenReturn(new PrintWriter(body));
        DevHostAuthenticatedUser.bind(mock(ConfluenceUser.class));
    }

    @AfterEach
    void signOut() {
        DevHostAuthenticatedUser.clear();
    }

    @Test
    void anEditorGetsTheDecoratedPageWithTheRootElementAndItsEscapedData() throws Exception {
        when(maps.get(7)).thenReturn(view(true));

        servlet.doGet(request, response);

        verify(response).setStatus(200);
        verify(response).setContentType("text/html;charset=UTF-8");
        verify(pageBuilder.assembler().resources()).requireWebResource(JourneyMapEditorServlet.PAGE_RESOURCES);
        assertThat(body.toString())
                .contains("<meta name=\"decorator\" content=\"atl.general\">")
                .contains("<div id=\"journey-map-editor\" class=\"jm-editor\" data-map-id=\"7\" data-page-id=\"65537\"")
                .contains("data-space-key=\"D&quot;S\" data-page-url=\"/confluence/pages/viewpage.action?pageId=65537\"")
                .contains("<title>Edit journey map &quot;Veste &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; "
                        + "&amp; &#39;co&#39;&quot;</title>")
                .contains("Loading the editor…", "<noscript>")
                .doesNotContain("<script>");
    }

    @Test
    void someoneWhoMayViewButNotEditGetsA403PageLeadingBackToThePage() throws Exception {
        when(maps.get(7)).thenReturn(view(false));

        servlet.doGet(request, response);

        verify(response).setStatus(403);
        assertThat(body.toString()).contains("You cannot edit this journey map")
                .contains("<a href=\"/confluence/pages/viewpage.action?pageId=65537\">Back to the page</a>")
                .doesNotContain("journey-map-editor\"", "Veste");
        verify(pageBuilder.assembler().resources(), never()).requireWebResource(JourneyMapEditorServlet.PAGE_RESOURCES);
    }

    @Test
    void aMapThatIsHiddenOrMissingIsA404Page() throws Exception {
        when(maps.get(7)).thenThrow(new NotFoundException("map", 7));
        servlet.doGet(request, response);
        when(maps.get(8)).thenThrow(new AuthenticationRequiredException());
        when(request.getParameter("mapId")).thenReturn("8");
        servlet.doGet(request, response);

        verify(response, times(2)).setStatus(404);
        assertThat(body.toString()).contains("Journey map not found").doesNotContain("href=");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "abc", "-3", "0", "7.5"})
    void aMissingOrMalformedMapIdIsA400Page(String mapId) throws Exception {
        when(request.getParameter("mapId")).thenReturn(mapId);

        servlet.doGet(request, response);

        verify(response).setStatus(400);
        assertThat(body.toString()).contains("No journey map chosen", "(mapId)");
        verify(maps, never()).get(anyLong());
    }

    @Test
    void anAnonymousVisitorIsSentToSignInComingBackToTheEditor() throws Exception {
        DevHostAuthenticatedUser.clear();

        servlet.doGet(request, response);

        verify(response).sendRedirect(
                "/confluence/login.action?os_destination=%2Fplugins%2Fservlet%2Fjourneymaps%2Feditor%3FmapId%3D7");
        verifyNoInteractions(maps);
    }

    private static MapView view(boolean canEdit) {
        Instant at = Instant.parse("2026-11-01T10:00:00Z");
        JourneyMap map = aMap().withId(7).onPage(65537, "D\"S").titled("Veste " + HOSTILE).atRevision(5)
                .createdBy("alice", at).updatedBy("alice", at).build();
        return new MapView(new MapContent(map, List.of(), List.of(), List.of(), List.of(), List.of(), List.of()),
                new MapPermissions(true, true, canEdit, false));
    }
}
