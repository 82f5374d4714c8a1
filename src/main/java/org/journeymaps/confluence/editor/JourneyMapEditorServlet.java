package org.journeymaps.confluence.editor;

import com.atlassian.annotations.security.AnonymousSiteAccess;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.journeymaps.app.kernel.AuthenticationRequiredException;
import org.journeymaps.app.map.MapService;
import org.journeymaps.app.map.MapView;
import org.journeymaps.app.kernel.NotFoundException;
import org.journeymaps.confluence.kernel.DecoratedPages;
import org.journeymaps.confluence.branding.MapBranding;
import org.journeymaps.domain.map.JourneyMap;

import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

import static com.atlassian.confluence.util.HtmlUtil.htmlEncode;

/**
 * The journey-map editor's full page, {@code /plugins/servlet/journeymaps/editor?mapId=N}: a page decorated by
 * Confluence ({@code atl.general}) holding the element the editor's front end mounts on. Anonymous callers sign in
 * first; a map they may view but not edit is a 403 page, one they may not view (or that does not exist) a 404.
 * Confluence 9+ secures servlets by default: the access is declared, as for the REST API the editor calls, so that
 * anonymous callers of a site open to them reach the servlet's own sign-in redirect (elsewhere Confluence sends them).
 */
@AnonymousSiteAccess
public class JourneyMapEditorServlet extends HttpServlet {

    /** The editor page's web resources; the front end's editor entry point hangs off this one as a dependency. */
    static final String PAGE_RESOURCES = "org.journeymaps.journey-maps:journey-map-editor-page";
    private static final String PAGE_TEMPLATE = "templates/journey-map-editor.vm";
    private static final long serialVersionUID = 1L;

    private final transient MapService maps;
    private final transient PageBuilderService pageBuilder;
    private final transient DecoratedPages pages;
    private final transient MapBranding branding;

    @Inject
    public JourneyMapEditorServlet(MapService maps, @ComponentImport TemplateRenderer renderer,
                                   @ComponentImport PageBuilderService pageBuilder,
                                   @ComponentImport LoginUriProvider loginUris, @ComponentImport I18nResolver i18n,
                                   MapBranding branding) {
        this.maps = maps;
        this.pageBuilder = pageBuilder;
        this.pages = new DecoratedPages(renderer, loginUris, i18n);
        this.branding = branding;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // Editing always needs a signed-in user, even where anonymous users may view the map.
        if (pages.sentToSignIn(request, response)) {
            return;
        }
        Long mapId = mapId(request.getParameter("mapId"));
        if (mapId == null) {
            message(response, HttpServletResponse.SC_BAD_REQUEST, "badid", null);
            return;
        }
        MapView view;
        try {
            view = maps.get(mapId);
        } catch (NotFoundException | AuthenticationRequiredException hidden) {
            message(response, HttpServletResponse.SC_NOT_FOUND, "notfound", null);
            return;
        }
        JourneyMap map = view.content().map();
        String pageUrl = request.getContextPath() + "/pages/viewpage.action?pageId=" + map.pageId();
        if (!view.permissions().edit()) {
            message(response, HttpServletResponse.SC_FORBIDDEN, "forbidden", pageUrl);
            return;
        }
        pageBuilder.assembler().resources().requireWebResource(PAGE_RESOURCES);
        Map<String, Object> model = new HashMap<>();
        model.put("titleHtml", text("journeymaps.editor.title", map.title()));
        model.put("mapId", map.id());
        model.put("pageId", map.pageId());
        model.put("spaceKeyHtml", htmlEncode(map.spaceKey()));
        model.put("pageUrlHtml", htmlEncode(pageUrl));
        model.put("loadingHtml", text("journeymaps.editor.loading"));
        model.put("noscriptHtml", text("journeymaps.editor.noscript"));
        model.put("backHtml", text("journeymaps.editor.back"));
        model.put("brandingStyleHtml", branding.of(map.spaceKey()).styleHtml());
        pages.render(response, HttpServletResponse.SC_OK, PAGE_TEMPLATE, model);
    }

    private void message(HttpServletResponse response, int status, String reason, String backUrl) throws IOException {
        pages.message(response, status, "journeymaps.editor.error.", reason, backUrl, "journeymaps.editor.back");
    }

    private String text(String key, Serializable... args) {
        return pages.text(key, args);
    }

    private static Long mapId(String raw) {
        try {
            long id = Long.parseLong(raw == null ? "" : raw.trim());
            return id > 0 ? id : null;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
