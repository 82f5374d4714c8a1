package org.journeymaps.devhost.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.journeymaps.devhost.webresource.DevPageBuilderService;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sitemesh's part for app servlets: an HTML page that asks for Confluence's {@code atl.general} decorator
 * ({@code <meta name="decorator" content="atl.general">}) is put in the site's chrome with the web resources the
 * request required in its head; other responses pass unchanged. Any other decorator is an error naming it, since
 * devhost would otherwise show a page Confluence renders differently.
 */
final class DecoratorFilter extends HttpFilter {

    static final String GENERAL = "atl.general";
    private static final long serialVersionUID = 1L;
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.DOTALL;
    private static final Pattern DECORATOR =
            Pattern.compile("<meta\\s+name\\s*=\\s*\"decorator\"\\s+content\\s*=\\s*\"([^\"]*)\"\\s*/?>\\s*", FLAGS);
    private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>\\s*", FLAGS);
    private static final Pattern HEAD = Pattern.compile("<head[^>]*>(.*?)</head>", FLAGS);
    private static final Pattern BODY = Pattern.compile("<body[^>]*>(.*)</body>", FLAGS);

    private final transient PageLayout layout;
    private final transient DevPageBuilderService pageBuilder;

    DecoratorFilter(PageLayout layout, DevPageBuilderService pageBuilder) {
        this.layout = layout;
        this.pageBuilder = pageBuilder;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        BufferedResponse buffered = new BufferedResponse(response);
        chain.doFilter(request, buffered);
        byte[] body = buffered.body();
        if (response.isCommitted() || body.length == 0) {
            return;
        }
        String contentType = response.getContentType();
        if (contentType == null || !contentType.startsWith("text/html")) {
            response.getOutputStream().write(body);
            return;
        }
        String html = new String(body, buffered.charset());
        Matcher decorator = DECORATOR.matcher(html);
        if (!decorator.find()) {
            response.getOutputStream().write(body);
            return;
        }
        if (!decorator.group(1).equals(GENERAL)) {
            throw new ServletException("Decorator '" + decorator.group(1) + "' of " + request.getRequestURI()
                    + " is not supported by devhost (only " + GENERAL + ")");
        }
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(decorate(html));
    }

    private String decorate(String html) {
        Matcher head = HEAD.matcher(html);
        String headHtml = head.find() ? head.group(1) : "";
        Matcher title = TITLE.matcher(headHtml);
        String titleHtml = title.find() ? title.group(1).trim() : "";
        String ownHeadTags = DECORATOR.matcher(TITLE.matcher(headHtml).replaceAll("")).replaceAll("").trim();
        Matcher body = BODY.matcher(html);
        String bodyHtml = body.find() ? body.group(1).trim() : html;
        return layout.decorated(titleHtml, (ownHeadTags.isEmpty() ? "" : ownHeadTags + "\n")
                + pageBuilder.requiredTags(layout.href("")), bodyHtml);
    }
}
