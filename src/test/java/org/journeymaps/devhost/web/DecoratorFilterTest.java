package org.journeymaps.devhost.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.journeymaps.devhost.descriptor.DownloadResource;
import org.journeymaps.devhost.descriptor.WebResourceModule;
import org.journeymaps.devhost.webresource.DevPageBuilderService;
import org.journeymaps.devhost.webresource.PlatformWebResources;
import org.journeymaps.devhost.webresource.WebResourceRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Sitemesh's part in devhost: app pages asking for {@code atl.general} get the site's chrome, others pass as written. */
class DecoratorFilterTest {

    private final WebResourceRegistry registry = new WebResourceRegistry("app", List.of(new WebResourceModule("page",
            List.of(), List.of(new DownloadResource("page.css", "css/page.css", null)))), List.of(),
            PlatformWebResources.none());
    private final DevPageBuilderService pageBuilder = new DevPageBuilderService(registry);
    private final DecoratorFilter filter = new DecoratorFilter(new PageLayout("/ctx"), pageBuilder);
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final StringWriter written = new StringWriter();
    private final ByteArrayOutputStream streamed = new ByteArrayOutputStream();
    private DevPageBuilderService.PageScope page;

    @BeforeEach
    void setUp() throws IOException {
        page = pageBuilder.openPage();
        when(response.getCharacterEncoding()).thenReturn("UTF-8");
        when(response.getWriter()).thenReturn(new PrintWriter(written, true));
        when(response.getOutputStream()).thenReturn(new ServletOutputStream() {
            @Override
            public void write(int b) {
                streamed.write(b);
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
            }
        });
        when(request.getRequestURI()).thenReturn("/ctx/plugins/servlet/app/page");
    }

    @AfterEach
    void closePage() {
        page.close();
    }

    @Test
    void anAtlGeneralPageGetsTheSiteChromeItsOwnHeadTagsAndTheRequiredResources() throws Exception {
        when(response.getContentType()).thenReturn("text/html;charset=UTF-8");

        filter.doFilter(request, response, writes("""
                <html><head><title>Edit &quot;Café&quot;</title>
                <meta name="decorator" content="atl.general">
                <meta name="app-flag" content="on"></head>
                <body class="x"><div id="root">é</div></body></html>""", true));

        assertThat(written.toString())
                .contains("<title>Edit &quot;Café&quot; - Confluence</title>", "<meta name=\"app-flag\" content=\"on\">")
                .contains("<link rel=\"stylesheet\" href=\"/ctx/download/resources/app:page/page.css\"")
                .contains("<header id=\"header\"", "<main id=\"main\" class=\"dh-main\">\n<div id=\"root\">é</div>\n</main>")
                .doesNotContain("decorator", "<body class=\"x\">");
    }

    @Test
    void aPageWithoutDecoratorOrThatIsNotHtmlPassesAsWritten() throws Exception {
        when(response.getContentType()).thenReturn("text/html;charset=UTF-8");
        filter.doFilter(request, response, writes("<html><body>plain</body></html>", false));
        when(response.getContentType()).thenReturn("application/json");
        filter.doFilter(request, response, writes("{\"a\":\"<meta name=\\\"decorator\\\" content=\\\"atl.general\\\">\"}", false));

        assertThat(streamed.toString(StandardCharsets.UTF_8)).isEqualTo("<html><body>plain</body></html>"
                + "{\"a\":\"<meta name=\\\"decorator\\\" content=\\\"atl.general\\\">\"}");
        assertThat(written.toString()).isEmpty();
    }

    @Test
    void anotherDecoratorIsAnErrorNamingIt() {
        when(response.getContentType()).thenReturn("text/html;charset=UTF-8");

        assertThatThrownBy(() -> filter.doFilter(request, response,
                writes("<html><head><meta name=\"decorator\" content=\"atl.admin\"></head><body></body></html>", false)))
                .isInstanceOf(ServletException.class)
                .hasMessageContaining("Decorator 'atl.admin' of /ctx/plugins/servlet/app/page is not supported by devhost");
    }

    /** A servlet writing {@code html} (through its writer, or its output stream), requiring the page's resources. */
    private FilterChain writes(String html, boolean requiresResources) {
        return (req, res) -> {
            if (requiresResources) {
                pageBuilder.assembler().resources().requireWebResource("app:page");
                res.getWriter().write(html);
            } else {
                res.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
            }
        };
    }
}
