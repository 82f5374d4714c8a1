package org.journeymaps.devhost.web;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.journeymaps.devhost.directory.DevDirectory;
import org.journeymaps.devhost.render.StorageToEditor;
import org.journeymaps.devhost.webresource.DevPageBuilderService;
import org.journeymaps.devhost.webresource.PlatformWebResources;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.atlassian.confluence.pages.DevHostPages.idOf;
import static com.atlassian.confluence.spaces.DevHostSpaces.keyOf;
import static com.atlassian.confluence.util.HtmlUtil.htmlEncode;

/**
 * A thin stand-in for Confluence's page editor: {@code /pages/editpage.action?pageId=N} shows the page's body as an
 * editable surface with macro placeholders (see {@link StorageToEditor}) and the {@code editor} and
 * {@code macro-browser} web-resource contexts, as Confluence's editor requires them; {@code POST
 * /pages/doeditpage.action} ({@code pageId}, {@code storage}) writes the storage format back. Only users who may
 * edit the page get either; a save needs the XSRF header (WebServer maps the filter) and well-formed storage.
 */
final class EditPageServlet extends HttpServlet {

    static final String EDIT_PAGE = "/pages/editpage.action";
    static final String SAVE_PAGE = "/pages/doeditpage.action";
    /** The web-resource contexts Confluence's editor page requires. */
    static final List<String> EDITOR_CONTEXTS = List.of("editor", "macro-browser");
    private static final long serialVersionUID = 1L;

    private final transient DevDirectory directory;
    private final transient PageAccess access;
    private final transient DevPageBuilderService pageBuilder;
    private final transient PageLayout layout;
    private final transient List<String> macroNames;
    private final transient StorageToEditor storageToEditor = new StorageToEditor();

    EditPageServlet(DevDirectory directory, PageAccess access, DevPageBuilderService pageBuilder, PageLayout layout,
                    List<String> macroNames) {
        this.directory = directory;
        this.access = access;
        this.pageBuilder = pageBuilder;
        this.layout = layout;
        this.macroNames = List.copyOf(macroNames);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (AuthenticatedUserThreadLocal.get() == null) {
            access.redirectToLogin(request, response);
            return;
        }
        Optional<Page> found = access.viewable(request.getParameter("pageId"));
        if (found.isEmpty()) {
            access.notFound(request, response);
            return;
        }
        Page page = found.get();
        if (!access.mayEdit(page)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "You are not permitted to edit this page");
            return;
        }
        String viewUrl = layout.href(PageServlet.VIEW_PAGE + "?pageId=" + idOf(page));
        List<PageLayout.Crumb> crumbs = new ArrayList<>(PageServlet.crumbsAbove(page, layout));
        crumbs.add(new PageLayout.Crumb(page.getTitle(), viewUrl));
        Map<String, String> meta = Map.of("ajs-page-id", Long.toString(idOf(page)),
                "ajs-content-id", Long.toString(idOf(page)), "ajs-space-key", keyOf(page.getSpace()),
                "ajs-page-title", page.getTitle());
        String content;
        try {
            content = editorForm(storageToEditor.convert(directory.body(idOf(page))), viewUrl);
            pageBuilder.assembler().resources().requireWebResource(PlatformWebResources.EDITOR);
            EDITOR_CONTEXTS.forEach(pageBuilder::requireContext);
        } catch (StorageToEditor.NotEditableException e) {
            content = "<div class=\"aui-message aui-message-warning\" id=\"editor-refused\"><p>"
                    + htmlEncode("This page cannot be edited in devhost: " + e.getMessage()) + "</p></div>";
        }
        Responses.html(response, layout.page(page.getTitle(), crumbs, content, pageBuilder.requiredTags(layout.href("")),
                meta));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (AuthenticatedUserThreadLocal.get() == null) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "Sign in to edit pages");
            return;
        }
        Optional<Page> page = access.viewable(request.getParameter("pageId"));
        if (page.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "pageId: no page you may view");
            return;
        }
        if (!access.mayEdit(page.get())) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "You are not permitted to edit this page");
            return;
        }
        String storage = request.getParameter("storage");
        if (storage == null || !storageToEditor.isWellFormed(storage)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "storage: well-formed storage format is required");
            return;
        }
        directory.updateBody(idOf(page.get()), storage);
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    private String editorForm(String editorHtml, String viewUrl) {
        return "<form id=\"editpageform\" class=\"dh-editor\" data-save-url=\"" + htmlEncode(layout.href(SAVE_PAGE))
                + "\" data-view-url=\"" + htmlEncode(viewUrl) + "\" data-macros=\"" + htmlEncode(String.join(",", macroNames))
                + "\">\n<div class=\"dh-editor-toolbar\" role=\"toolbar\" aria-label=\"Editor\">"
                + "<button type=\"button\" id=\"rte-button-insert-macro\" class=\"aui-button\" aria-haspopup=\"listbox\">"
                + "Insert macro</button></div>\n"
                + "<div id=\"wysiwygTextarea\" class=\"wiki-content dh-editor-surface\" contenteditable=\"true\" role=\"textbox\""
                + " aria-multiline=\"true\" aria-label=\"Page content\">" + editorHtml + "</div>\n"
                + "<div class=\"dh-editor-actions\"><button type=\"submit\" id=\"rte-button-publish\""
                + " class=\"aui-button aui-button-primary\">Save</button> <a id=\"rte-button-cancel\" class=\"aui-button"
                + " aui-button-link\" href=\"" + htmlEncode(viewUrl) + "\">Close</a>"
                + " <span id=\"dh-editor-status\" role=\"status\"></span></div>\n</form>";
    }
}
