package org.journeymaps.devhost.web;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.journeymaps.devhost.directory.DevDirectory;
import org.journeymaps.devhost.render.DevConversionContext;
import org.journeymaps.devhost.render.StorageToView;
import org.journeymaps.devhost.security.SignIn;
import org.journeymaps.devhost.webresource.DevPageBuilderService;

import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.atlassian.confluence.pages.DevHostPages.idOf;
import static com.atlassian.confluence.spaces.DevHostSpaces.keyOf;
import static com.atlassian.confluence.spaces.DevHostSpaces.nameOf;
import static com.atlassian.confluence.util.HtmlUtil.htmlEncode;

/**
 * Confluence's views: the dashboard ({@code /}), a space's home ({@code /display/KEY}) and a page
 * ({@code /display/KEY/Title+With+Pluses} or {@code /pages/viewpage.action?pageId=N}). What the user may
 * not view is "not found" for a signed-in user, and a sign-in for an anonymous one. Devhost adds
 * {@code /devhost/render?pageId=N&outputType=pdf} (or preview, word, email, display): the page's body
 * alone, converted for that output type, with the web resources it requires.
 */
final class PageServlet extends HttpServlet {

    static final String VIEW_PAGE = "/pages/viewpage.action";
    static final String DISPLAY = "/display";
    static final String RENDER = "/devhost/render";
    private static final long serialVersionUID = 1L;

    private final transient DevDirectory directory;
    private final transient PermissionManager permissions;
    private final transient StorageToView storageToView;
    private final transient DevPageBuilderService pageBuilder;
    private final transient PageLayout layout;
    private final transient PageAccess access;
    private final transient SpaceTools spaceTools;
    private final boolean anonymousAccess;

    PageServlet(DevDirectory directory, PermissionManager permissions, StorageToView storageToView,
                DevPageBuilderService pageBuilder, PageLayout layout, boolean anonymousAccess, SpaceTools spaceTools) {
        this.directory = directory;
        this.permissions = permissions;
        this.storageToView = storageToView;
        this.pageBuilder = pageBuilder;
        this.layout = layout;
        this.access = new PageAccess(directory, permissions);
        this.anonymousAccess = anonymousAccess;
        this.spaceTools = spaceTools;
    }

    /** The {@code /display/…} path of a page, with Confluence's encoding of the title. */
    static String displayPath(Page page) {
        return DISPLAY + "/" + encode(page.getSpaceKey()) + "/" + encode(page.getTitle());
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ConfluenceUser user = AuthenticatedUserThreadLocal.get();
        if (user == null && !anonymousAccess) {
            access.redirectToLogin(request, response);
            return;
        }
        if (request.getServletPath().equals(VIEW_PAGE)) {
            showPage(request, response, access.viewable(request.getParameter("pageId")));
            return;
        }
        if (request.getServletPath().equals(RENDER)) {
            render(request, response);
            return;
        }
        if (!request.getServletPath().equals(DISPLAY)) {
            showDashboard(response);
            return;
        }
        String[] parts = SignIn.pathInContext(request).substring(DISPLAY.length()).replaceFirst("^/", "").split("/", 2);
        Optional<Space> space = directory.space(decode(parts[0]));
        if (parts.length == 1 || parts[1].isEmpty()) {
            showSpace(request, response, space);
        } else {
            showPage(request, response, access.viewable(space.flatMap(s -> directory.page(keyOf(s), decode(parts[1])))));
        }
    }

    private void showDashboard(HttpServletResponse response) throws IOException {
        StringBuilder content = new StringBuilder("<h2>Spaces</h2>\n<ul class=\"dh-list\" id=\"space-list\">\n");
        for (Space space : directory.spaces()) {
            if (permissions.hasPermission(AuthenticatedUserThreadLocal.get(), Permission.VIEW, space)) {
                content.append("<li><a href=\"").append(htmlEncode(layout.href(DISPLAY + "/" + encode(keyOf(space)))))
                        .append("\">").append(htmlEncode(nameOf(space))).append("</a> <span class=\"dh-muted\">")
                        .append(htmlEncode(keyOf(space))).append("</span></li>\n");
            }
        }
        content.append("</ul>");
        Responses.html(response, layout.page("Dashboard", List.of(), content.toString(), "", Map.of()));
    }

    private void showSpace(HttpServletRequest request, HttpServletResponse response, Optional<Space> space)
            throws IOException {
        if (space.isEmpty() || !permissions.hasPermission(AuthenticatedUserThreadLocal.get(), Permission.VIEW, space.get())) {
            access.notFound(request, response);
            return;
        }
        StringBuilder content = new StringBuilder("<h2>Pages</h2>\n<ul class=\"dh-list\" id=\"page-list\">\n");
        for (Page page : directory.pages(keyOf(space.get()))) {
            content.append("<li><a href=\"").append(htmlEncode(layout.href(displayPath(page)))).append("\">")
                    .append(htmlEncode(page.getTitle())).append("</a></li>\n");
        }
        content.append("</ul>\n").append(spaceTools.html(space.get(), layout));
        Responses.html(response, layout.page(nameOf(space.get()), List.of(dashboardCrumb()), content.toString(), "",
                Map.of("ajs-space-key", keyOf(space.get()))));
    }

    private void showPage(HttpServletRequest request, HttpServletResponse response, Optional<Page> page)
            throws IOException {
        if (page.isEmpty()) {
            access.notFound(request, response);
            return;
        }
        Page shown = page.get();
        String content = storageToView.convert(directory.body(idOf(shown)), new DevConversionContext("display"));
        Space space = shown.getSpace();
        List<PageLayout.Crumb> crumbs = crumbsAbove(shown, layout);
        // Confluence's "Edit" action, for those who may edit the page.
        String actions = access.mayEdit(shown) ? "<a id=\"editPageLink\" class=\"aui-button\" href=\""
                + htmlEncode(layout.href(EditPageServlet.EDIT_PAGE + "?pageId=" + idOf(shown))) + "\">Edit</a>" : "";
        Responses.html(response, layout.page(shown.getTitle(), crumbs, content, pageBuilder.requiredTags(layout.href("")),
                Map.of("ajs-page-id", Long.toString(idOf(shown)), "ajs-space-key", keyOf(space),
                        "ajs-page-title", shown.getTitle()), actions));
    }

    private void render(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String outputType = Optional.ofNullable(request.getParameter("outputType")).orElse("display");
        if (!DevConversionContext.OUTPUT_TYPES.contains(outputType)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "outputType: one of " + DevConversionContext.OUTPUT_TYPES);
            return;
        }
        Optional<Page> page = access.viewable(request.getParameter("pageId"));
        if (page.isEmpty()) {
            access.notFound(request, response);
            return;
        }
        String content = storageToView.convert(directory.body(idOf(page.get())), new DevConversionContext(outputType));
        Responses.html(response, "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>"
                + htmlEncode(page.get().getTitle()) + "</title>\n" + pageBuilder.requiredTags(layout.href(""))
                + "</head>\n<body>\n<div id=\"main-content\" class=\"wiki-content\" data-output-type=\""
                + outputType + "\">\n" + content + "\n</div>\n</body>\n</html>\n");
    }

    private PageLayout.Crumb dashboardCrumb() {
        return new PageLayout.Crumb("Dashboard", layout.href("/"));
    }

    /** The breadcrumbs above a page: the dashboard and the page's space. */
    static List<PageLayout.Crumb> crumbsAbove(Page page, PageLayout layout) {
        Space space = page.getSpace();
        return List.of(new PageLayout.Crumb("Dashboard", layout.href("/")),
                new PageLayout.Crumb(nameOf(space), layout.href(DISPLAY + "/" + encode(keyOf(space)))));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
